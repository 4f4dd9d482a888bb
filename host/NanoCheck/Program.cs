using System;
using System.Collections.Generic;
using System.IO;

namespace PstoreNano.NanoCheck
{
    /// <summary>Command line: <c>scan</c> device assemblies, or <c>sync-nfproj</c> Compile lists.</summary>
    public static class Program
    {
        private const string Usage =
            "usage: NanoCheck scan <assembly.dll>... [--mscorlib <mscorlib.dll>]\n" +
            "       NanoCheck api <assembly.dll>   (public surface, one line per member)\n" +
            "       NanoCheck sync-nfproj [<repo root>]";

        /// <summary>Entry point; exit code 0 when clean, 1 on findings, 2 on bad usage.</summary>
        public static int Main(string[] args)
        {
            if (args.Length >= 1 && args[0] == "sync-nfproj")
            {
                string root = args.Length > 1 ? args[1] : NfprojSources.FindRepoRoot(Directory.GetCurrentDirectory());
                List<string> changed = NfprojSources.Sync(root);
                foreach (string project in changed)
                {
                    Console.WriteLine("updated " + Path.GetRelativePath(root, project));
                }

                Console.WriteLine(changed.Count == 0 ? "every .nfproj lists its sources" : changed.Count + " .nfproj file(s) updated");
                return 0;
            }

            if (args.Length == 2 && args[0] == "api")
            {
                foreach (string line in ApiSurface.Read(args[1]))
                {
                    Console.WriteLine(line);
                }

                return 0;
            }

            if (args.Length >= 2 && args[0] == "scan")
            {
                return Scan(args);
            }

            Console.Error.WriteLine(Usage);
            return 2;
        }

        private static int Scan(string[] args)
        {
            string mscorlib = null;
            List<string> assemblies = new List<string>();
            for (int i = 1; i < args.Length; i++)
            {
                if (args[i] == "--mscorlib" && i + 1 < args.Length)
                {
                    mscorlib = args[++i];
                }
                else
                {
                    assemblies.Add(args[i]);
                }
            }

            int total = 0;
            foreach (string assembly in assemblies)
            {
                List<NanoFinding> findings = NanoScanner.Scan(assembly, mscorlib ?? NextToIt(assembly));
                Console.WriteLine(Path.GetFileName(assembly) + ": " + findings.Count + " finding(s)");
                foreach (NanoFinding finding in findings)
                {
                    Console.WriteLine("  " + finding);
                }

                total += findings.Count;
            }

            return total == 0 ? 0 : 1;
        }

        private static string NextToIt(string assembly)
        {
            string candidate = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(assembly)), "mscorlib.dll");
            return File.Exists(candidate) ? candidate : null;
        }
    }
}

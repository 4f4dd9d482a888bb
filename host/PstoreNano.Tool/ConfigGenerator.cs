using System;
using System.IO;
using System.Text;

namespace PstoreNano.Tool
{
    /// <summary>
    /// Keeps firmware/PstoreNano/Config/NfConfigDefaults.cs in step with nf.config: the device has no file
    /// system, so nf.config's assignments are compiled in as text and parsed at start-up by the same parser.
    /// </summary>
    public static class ConfigGenerator
    {
        public const string GeneratedPath = "firmware/PstoreNano/Config/NfConfigDefaults.cs";

        public static int Run(Options o, TextWriter w)
        {
            string root = RepoFiles.FindRoot() ?? throw new IOException("run genconfig inside the repository");
            string source = Generate(File.ReadAllText(Path.Combine(root, "nf.config")));
            string target = Path.Combine(root, GeneratedPath);
            File.WriteAllText(target, source);
            w.WriteLine("wrote " + GeneratedPath);
            return 0;
        }

        /// <summary>The C# source of NfConfigDefaults for the given nf.config text.</summary>
        public static string Generate(string nfConfigText)
        {
            // Validate first: a bad nf.config must fail here, naming the key, not on the device.
            PstoreNano.Config.PstoreConfig.Parse(nfConfigText);

            StringBuilder s = new StringBuilder();
            s.Append("// Generated from nf.config by \"dotnet run --project host/PstoreNano.Tool -- genconfig\". Do not edit.\n");
            s.Append("namespace PstoreNano.Config\n{\n");
            s.Append("    /// <summary>The defaults of nf.config, compiled in (the device has no file system to read it from).</summary>\n");
            s.Append("    internal static class NfConfigDefaults\n    {\n");
            s.Append("        /// <summary>The nf.config text these defaults were generated from.</summary>\n");
            s.Append("        public const string Text =\n");
            string[] lines = Assignments(nfConfigText);
            for (int i = 0; i < lines.Length; i++)
            {
                s.Append("            \"").Append(lines[i].Replace("\\", "\\\\").Replace("\"", "\\\"")).Append("\\n\"");
                s.Append(i == lines.Length - 1 ? ";\n" : " +\n");
            }

            s.Append("\n        /// <summary>Sets every value of nf.config on <paramref name=\"config\"/>.</summary>\n");
            s.Append("        public static void Apply(PstoreConfig config)\n        {\n");
            s.Append("            NfConfigParser.Apply(Text, config);\n        }\n    }\n}\n");
            return s.ToString();
        }

        /// <summary>The assignment lines (and "is not set" lines) of nf.config, without other comments.</summary>
        public static string[] Assignments(string nfConfigText)
        {
            var kept = new System.Collections.Generic.List<string>();
            foreach (string raw in nfConfigText.Split('\n'))
            {
                string line = raw.Trim();
                if (line.Length == 0)
                {
                    continue;
                }

                if (line.StartsWith("#", StringComparison.Ordinal) && !line.EndsWith(" is not set", StringComparison.Ordinal))
                {
                    continue;
                }

                kept.Add(line);
            }

            return kept.ToArray();
        }
    }
}

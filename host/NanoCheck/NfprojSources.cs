using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Xml.Linq;

namespace PstoreNano.NanoCheck
{
    /// <summary>
    /// The explicit Compile lists of the .nfproj files (the nanoFramework project system does not glob):
    /// what a project lists, what its folder holds, and rewriting the list to match the folder.
    /// </summary>
    public static class NfprojSources
    {
        private static readonly XNamespace MsBuild = "http://schemas.microsoft.com/developer/msbuild/2003";

        /// <summary>Folders (relative to the repository root) that hold .nfproj files.</summary>
        public static readonly string[] ProjectFolders = { "firmware", "drivers", "tests" };

        /// <summary>Every .nfproj under the device folders of <paramref name="repoRoot"/>.</summary>
        public static string[] FindProjects(string repoRoot)
        {
            return ProjectFolders
                .Select(folder => Path.Combine(repoRoot, folder))
                .Where(Directory.Exists)
                .SelectMany(folder => Directory.GetFiles(folder, "*.nfproj", SearchOption.AllDirectories))
                .OrderBy(path => path, StringComparer.Ordinal)
                .ToArray();
        }

        /// <summary>The .cs files of the project's folder (bin/ and obj/ left out), as nfproj paths ("Zones\Crc32.cs").</summary>
        public static string[] SourceFiles(string nfprojPath)
        {
            string folder = Path.GetDirectoryName(Path.GetFullPath(nfprojPath));
            return Directory.GetFiles(folder, "*.cs", SearchOption.AllDirectories)
                .Select(path => Path.GetRelativePath(folder, path))
                .Where(relative => !IsBuildOutput(relative))
                .Select(relative => relative.Replace('/', '\\'))
                .OrderBy(relative => relative, StringComparer.Ordinal)
                .ToArray();
        }

        /// <summary>The Compile Include values the project lists.</summary>
        public static string[] CompileItems(string nfprojPath)
        {
            return XDocument.Load(nfprojPath)
                .Descendants(MsBuild + "Compile")
                .Select(item => (string)item.Attribute("Include"))
                .OrderBy(include => include, StringComparer.Ordinal)
                .ToArray();
        }

        /// <summary>
        /// Replaces the ItemGroup that holds the Compile items with one listing <paramref name="files"/>;
        /// the rest of the file is kept byte for byte.
        /// </summary>
        public static string Rewrite(string nfprojText, string[] files)
        {
            int firstCompile = nfprojText.IndexOf("<Compile ", StringComparison.Ordinal);
            if (firstCompile < 0)
            {
                throw new InvalidOperationException("the .nfproj has no <Compile> item to replace");
            }

            int groupStart = nfprojText.LastIndexOf("<ItemGroup>", firstCompile, StringComparison.Ordinal);
            int groupEnd = nfprojText.IndexOf("</ItemGroup>", firstCompile, StringComparison.Ordinal);
            if (groupStart < 0 || groupEnd < 0)
            {
                throw new InvalidOperationException("the <Compile> items of the .nfproj are not inside one <ItemGroup>");
            }

            int lineStart = nfprojText.LastIndexOf('\n', groupStart) + 1;
            string indent = nfprojText.Substring(lineStart, groupStart - lineStart);
            string newline = nfprojText.Contains("\r\n") ? "\r\n" : "\n";

            StringBuilder group = new StringBuilder("<ItemGroup>").Append(newline);
            foreach (string file in files)
            {
                group.Append(indent).Append("  <Compile Include=\"").Append(file).Append("\" />").Append(newline);
            }

            group.Append(indent).Append("</ItemGroup>");
            return nfprojText.Substring(0, groupStart) + group + nfprojText.Substring(groupEnd + "</ItemGroup>".Length);
        }

        /// <summary>Rewrites every .nfproj whose Compile list differs from its folder; returns the ones changed.</summary>
        public static List<string> Sync(string repoRoot)
        {
            List<string> changed = new List<string>();
            foreach (string project in FindProjects(repoRoot))
            {
                string[] files = SourceFiles(project);
                if (files.SequenceEqual(CompileItems(project)))
                {
                    continue;
                }

                File.WriteAllText(project, Rewrite(File.ReadAllText(project), files), new UTF8Encoding(true));
                changed.Add(project);
            }

            return changed;
        }

        /// <summary>Walks up from <paramref name="start"/> to the folder holding PstoreNano.sln.</summary>
        public static string FindRepoRoot(string start)
        {
            for (DirectoryInfo dir = new DirectoryInfo(start); dir != null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "PstoreNano.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new DirectoryNotFoundException("no PstoreNano.sln in " + start + " or any folder above it");
        }

        private static bool IsBuildOutput(string relative)
        {
            string first = relative.Split('/', '\\')[0];
            return first == "bin" || first == "obj";
        }
    }
}

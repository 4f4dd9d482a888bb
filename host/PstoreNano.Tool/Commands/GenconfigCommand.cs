using System;
using System.IO;
using System.CommandLine;
using System.Text;
using PstoreNano.Config;
using PstoreNano.Tool.Cli;

namespace PstoreNano.Tool.Commands
{
    /// <summary>
    /// Keeps firmware/PstoreNano/Config/NfConfigDefaults.cs in step with nf.config: the device has no file
    /// system, so nf.config's assignments are compiled in as text and parsed at start-up by the same parser.
    /// </summary>
    public static class GenconfigCommand
    {
        public const string GeneratedPath = "firmware/PstoreNano/Config/NfConfigDefaults.cs";

        public static ToolCommand Create(ToolConsole console)
        {
            ToolCommand c = new ToolCommand("genconfig", "Regenerate " + GeneratedPath + " from nf.config (rewritten only when it changes).",
                "pstore-tool genconfig",
                "pstore-tool genconfig --config boards/greenhouse.config");
            Option<string> config = ConfigOption.Create();
            c.Options.Add(config);
            return c.Runs(p => Run(p.GetValue(config), RepoFiles.FindRoot(), console.Out));
        }

        /// <summary>Writes <see cref="GeneratedPath"/> under <paramref name="root"/> unless it already holds the same text.</summary>
        public static int Run(string configPath, string root, TextWriter w)
        {
            if (root == null)
            {
                throw ToolError.Problem("genconfig writes " + GeneratedPath + " of a checkout: run it inside the repository");
            }

            string path = configPath ?? Path.Combine(root, "nf.config");
            string what = configPath == null ? path : "--config " + path;
            string source;
            try
            {
                source = Generate(ConfigFiles.ReadText(path, what));
            }
            catch (PstoreConfigException e)
            {
                throw ToolError.Problem(what + ": " + e.Message + "; fix that line; " + GeneratedPath + " was not written");
            }

            string target = Path.Combine(root, GeneratedPath);
            if (File.Exists(target) && File.ReadAllText(target) == source)
            {
                w.WriteLine(GeneratedPath + " already matches " + path + "; not rewritten");
                return ExitCodes.Ok;
            }

            File.WriteAllText(target, source);
            w.WriteLine("wrote " + GeneratedPath + " from " + path);
            return ExitCodes.Ok;
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

using System.IO;
using PstoreNano.Config;

namespace PstoreNano.Tool
{
    /// <summary>Finds the repository's files (nf.config) from the working directory or the tool's location.</summary>
    public static class RepoFiles
    {
        /// <summary>The repository root (the folder holding nf.config and PstoreNano.sln), or null.</summary>
        public static string FindRoot()
        {
            foreach (string start in new[] { Directory.GetCurrentDirectory(), System.AppContext.BaseDirectory })
            {
                for (DirectoryInfo d = new DirectoryInfo(start); d != null; d = d.Parent)
                {
                    if (File.Exists(Path.Combine(d.FullName, "nf.config")) && File.Exists(Path.Combine(d.FullName, "PstoreNano.Host.sln")))
                    {
                        return d.FullName;
                    }
                }
            }

            return null;
        }

        /// <summary>Loads the configuration: --config, else the repository's nf.config, else the built-in defaults.</summary>
        public static PstoreConfig LoadConfig(Options options, TextWriter log)
        {
            string path = options.ConfigPath;
            if (path == null)
            {
                string root = FindRoot();
                if (root != null)
                {
                    path = Path.Combine(root, "nf.config");
                }
            }

            PstoreConfig config = path == null ? PstoreConfig.Defaults() : PstoreConfig.Parse(File.ReadAllText(path));

            // Like Linux's module parameters, the command line overrides the configuration file.
            if (options.KmsgSizeKiB >= 0)
            {
                NfConfigParser.Assign(PstoreConfig.KmsgSizeKey, options.KmsgSizeKiB.ToString(), config);
            }

            if (options.PmsgSizeKiB >= 0)
            {
                NfConfigParser.Assign(PstoreConfig.PmsgSizeKey, options.PmsgSizeKiB.ToString(), config);
            }

            return config;
        }
    }
}

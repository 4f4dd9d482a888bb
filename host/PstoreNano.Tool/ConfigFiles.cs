using System.IO;
using PstoreNano.Config;
using PstoreNano.Tool.Cli;

namespace PstoreNano.Tool
{
    /// <summary>
    /// Loads the configuration a command runs with: --config, else the repository's nf.config, else the
    /// built-in defaults; then --kmsg-size, --pmsg-size and --partition override it, as Linux's module parameters do.
    /// </summary>
    public static class ConfigFiles
    {
        public static PstoreConfig Load(ImageSettings s)
        {
            PstoreConfig config = Load(s.ConfigPath);
            if (s.KmsgSizeKiB >= 0)
            {
                NfConfigParser.Assign(PstoreConfig.KmsgSizeKey, s.KmsgSizeKiB.ToString(), config);
            }

            if (s.PmsgSizeKiB >= 0)
            {
                NfConfigParser.Assign(PstoreConfig.PmsgSizeKey, s.PmsgSizeKiB.ToString(), config);
            }

            if (s.Partition > 0)
            {
                config.SdMbrPartition = s.Partition;
            }

            return config;
        }

        /// <summary>Where the configuration comes from: "nf.config (path)" and the sizes the command line overrode.</summary>
        public static string Describe(ImageSettings s)
        {
            string path = s.ConfigPath ?? DefaultPath();
            string text = path == null ? "built-in defaults" : Shorter(path);
            text += s.KmsgSizeKiB >= 0 ? ", --kmsg-size " + s.KmsgSizeKiB : "";
            text += s.PmsgSizeKiB >= 0 ? ", --pmsg-size " + s.PmsgSizeKiB : "";
            return text;
        }

        /// <summary>The configuration of <paramref name="configPath"/> (null: the repository's or the defaults).</summary>
        public static PstoreConfig Load(string configPath)
        {
            string path = configPath ?? DefaultPath();
            if (path == null)
            {
                return PstoreConfig.Defaults();
            }

            string what = configPath == null ? path : "--config " + path;
            try
            {
                return PstoreConfig.Parse(ReadText(path, what));
            }
            catch (PstoreConfigException e)
            {
                throw ToolError.Problem(what + ": " + e.Message + "; fix that line (Kconfig syntax: CONFIG_NAME=value, sizes in KiB)");
            }
        }

        /// <summary>The text of a file the user named, or a <see cref="ToolError"/> that says why it cannot be read.</summary>
        public static string ReadText(string path, string what)
        {
            if (Directory.Exists(path))
            {
                throw ToolError.Problem(what + ": is a directory, not a file");
            }

            if (!File.Exists(path))
            {
                throw ToolError.Problem(what + ": no such file");
            }

            try
            {
                return File.ReadAllText(path);
            }
            catch (IOException e)
            {
                throw ToolError.Problem(what + ": cannot be read (" + e.Message + ")");
            }
            catch (System.UnauthorizedAccessException)
            {
                throw ToolError.Problem(what + ": permission denied");
            }
        }

        // The path as typed from the working directory when the file is below it.
        private static string Shorter(string path)
        {
            string relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), path);
            return relative.StartsWith("..", System.StringComparison.Ordinal) ? path : relative;
        }

        private static string DefaultPath()
        {
            string root = RepoFiles.FindRoot();
            return root == null ? null : Path.Combine(root, "nf.config");
        }
    }
}

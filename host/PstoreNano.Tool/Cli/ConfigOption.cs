using System.CommandLine;

namespace PstoreNano.Tool.Cli
{
    /// <summary>--config FILE: the nf.config to use instead of the repository's.</summary>
    public static class ConfigOption
    {
        public static Option<string> Create()
        {
            return new Option<string>("--config", "-c")
            {
                Description = "nf.config to use (default: the repository's nf.config, else the built-in defaults)",
                HelpName = "FILE",
            };
        }
    }
}

using PstoreNano.Config;
using PstoreNano.Tool.Cli;

namespace PstoreNano.Tool
{
    /// <summary>
    /// Turns the engine's layout errors, which name nf.config keys, into the option the user typed (or the
    /// nf.config value they did not override) and what to pass instead.
    /// </summary>
    public static class LayoutErrors
    {
        public static ToolError Explain(PstoreConfigException e, ImageSettings s, byte[] image)
        {
            string rule = e.Message.StartsWith(e.Key + ": ") ? e.Message.Substring(e.Key.Length + 2) : e.Message;
            // The rule may suggest changing a size: the user changes it with the option.
            rule = rule.Replace(PstoreConfig.KmsgSizeKey, "--kmsg-size").Replace(PstoreConfig.PmsgSizeKey, "--pmsg-size");
            string source;
            if (e.Key == PstoreConfig.KmsgSizeKey)
            {
                source = s.KmsgSizeKiB >= 0 ? "--kmsg-size " + s.KmsgSizeKiB : "the dmesg zone size (nf.config " + e.Key + "; override with --kmsg-size)";
            }
            else if (e.Key == PstoreConfig.PmsgSizeKey)
            {
                source = s.PmsgSizeKiB >= 0 ? "--pmsg-size " + s.PmsgSizeKiB : "the pmsg ring size (nf.config " + e.Key + "; override with --pmsg-size)";
            }
            else
            {
                source = "the configuration (" + e.Key + ")";
            }

            LayoutGuess guess = LayoutProbe.Guess(image);
            string hint = guess != null ? "; " + guess.Advice()
                : rule.Contains("-size") ? ""
                : "; pass --pmsg-size and --kmsg-size (KiB) that fit the " + image.Length / 1024 + " KiB image";
            return ToolError.Problem("--image " + s.ImagePath + ": " + source + ": " + rule + hint);
        }
    }
}

namespace PstoreNano.Tool.Cli
{
    /// <summary>The exit codes of every command (README, docs/TOOL.md).</summary>
    public static class ExitCodes
    {
        /// <summary>The command did what was asked and found nothing wrong.</summary>
        public const int Ok = 0;

        /// <summary>A data or device problem: damage in the image, a missed target, a failed case, an unreadable file.</summary>
        public const int Problem = 1;

        /// <summary>The command line is wrong: unknown option, missing or extra argument, bad value.</summary>
        public const int Usage = 2;
    }
}

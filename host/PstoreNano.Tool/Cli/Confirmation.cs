namespace PstoreNano.Tool.Cli
{
    /// <summary>
    /// Asks before a destructive step. --yes answers for the user; with no terminal on standard input there is
    /// no one to ask, so the command stops with a usage error instead of guessing.
    /// </summary>
    public static class Confirmation
    {
        public static bool Ask(ToolConsole console, bool yes, string what)
        {
            if (yes)
            {
                return true;
            }

            if (!console.InputIsTerminal)
            {
                throw ToolError.Usage("standard input is not a terminal, so nobody can confirm to " + what +
                    "; pass --yes to go ahead without asking");
            }

            console.Error.Write(char.ToUpperInvariant(what[0]) + what.Substring(1) + "? [y/N] ");
            console.Error.Flush();
            string answer = (console.In.ReadLine() ?? "").Trim().ToLowerInvariant();
            return answer == "y" || answer == "yes";
        }
    }
}

using System;

namespace PstoreNano.Tool.Cli
{
    /// <summary>
    /// A problem told to the user in their own terms (the option or file they typed, what was found, what
    /// to do). The entry point prints the message alone, never a stack trace, and exits with
    /// <see cref="ExitCode"/>.
    /// </summary>
    public sealed class ToolError : Exception
    {
        private ToolError(int exitCode, string message) : base(message)
        {
            ExitCode = exitCode;
        }

        public int ExitCode { get; }

        /// <summary>Bad data or an unreadable file: exit 1.</summary>
        public static ToolError Problem(string message)
        {
            return new ToolError(ExitCodes.Problem, message);
        }

        /// <summary>A command line that cannot be carried out: exit 2.</summary>
        public static ToolError Usage(string message)
        {
            return new ToolError(ExitCodes.Usage, message);
        }
    }
}

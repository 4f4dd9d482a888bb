using System;
using System.CommandLine;

namespace PstoreNano.Tool.Cli
{
    /// <summary>A command with the examples its --help ends with.</summary>
    public sealed class ToolCommand : Command
    {
        public ToolCommand(string name, string description, params string[] examples) : base(name, description)
        {
            Examples = examples;
        }

        /// <summary>Whole command lines, as a user types them.</summary>
        public string[] Examples { get; }

        /// <summary>Runs <paramref name="run"/> for this command; its return value is the exit code.</summary>
        public ToolCommand Runs(Func<ParseResult, int> run)
        {
            SetAction(run);
            return this;
        }
    }
}

using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.IO;

namespace PstoreNano.Tool.Cli
{
    /// <summary>System.CommandLine's help, followed by the command's examples and the exit codes.</summary>
    public sealed class HelpWithExamples : SynchronousCommandLineAction
    {
        private readonly HelpAction _standard;

        public HelpWithExamples(HelpAction standard)
        {
            _standard = standard;
        }

        public override bool ClearsParseErrors { get { return true; } }

        public override int Invoke(ParseResult parseResult)
        {
            int code = _standard.Invoke(parseResult);
            TextWriter w = parseResult.InvocationConfiguration.Output;
            if (parseResult.CommandResult.Command is ToolCommand command && command.Examples.Length > 0)
            {
                w.WriteLine("Examples:");
                foreach (string example in command.Examples)
                {
                    w.WriteLine("  " + example);
                }

                w.WriteLine();
            }

            w.WriteLine("Exit codes: 0 ok, 1 data or device problem, 2 usage error.");
            return code;
        }
    }
}

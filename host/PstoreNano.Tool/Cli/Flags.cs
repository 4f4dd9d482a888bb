using System.CommandLine;
using System.CommandLine.Parsing;

namespace PstoreNano.Tool.Cli
{
    /// <summary>The yes/no and count options several commands take.</summary>
    public static class Flags
    {
        public static Option<bool> Json(Command command)
        {
            return Add(command, new Option<bool>("--json") { Description = "print one JSON document (schema: docs/TOOL.md) instead of text" });
        }

        public static Option<bool> Add(Command command, Option<bool> option)
        {
            command.Options.Add(option);
            return option;
        }

        /// <summary>An option taking a positive number; not given, it reads 0.</summary>
        public static Option<int> Positive(Command command, string name, string helpName, string description)
        {
            Option<int> option = new Option<int>(name) { Description = description, HelpName = helpName, CustomParser = PositiveNumber };
            command.Options.Add(option);
            return option;
        }

        private static int PositiveNumber(ArgumentResult result)
        {
            string text = result.Tokens.Count == 0 ? "" : result.Tokens[0].Value;
            if (!int.TryParse(text, out int n) || n < 1)
            {
                result.AddError(((OptionResult)result.Parent).Option.Name + " takes a positive number, found \"" + text + "\"");
            }

            return n;
        }
    }
}

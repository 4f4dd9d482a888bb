using System.CommandLine;

namespace PstoreNano.Tool.Cli
{
    /// <summary>The yes/no options several commands take.</summary>
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
    }
}

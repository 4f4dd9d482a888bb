using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace PstoreNano.Tool.Cli
{
    /// <summary>--version: this tool's own version (System.CommandLine's reads the entry assembly, a test host under tests).</summary>
    public sealed class ToolVersion : SynchronousCommandLineAction
    {
        public static string Text
        {
            get
            {
                Assembly tool = typeof(ToolVersion).Assembly;
                AssemblyInformationalVersionAttribute info = tool.GetCustomAttribute<AssemblyInformationalVersionAttribute>();
                return ToolApp.Name + " " + (info != null ? info.InformationalVersion : tool.GetName().Version.ToString());
            }
        }

        public override int Invoke(ParseResult parseResult)
        {
            parseResult.InvocationConfiguration.Output.WriteLine(Text);
            return ExitCodes.Ok;
        }
    }
}

using PstoreNano.Tool.Cli;

namespace PstoreNano.Tool
{
    /// <summary>pstore-tool: runs the engine on the host, over flash image files.</summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            return ToolApp.Run(args, ToolConsole.Standard());
        }
    }
}

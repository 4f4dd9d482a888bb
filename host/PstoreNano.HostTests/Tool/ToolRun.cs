using System;
using System.IO;
using System.Text;
using nanoFramework.TestFramework;
using PstoreNano.Tool.Cli;

namespace PstoreNano.HostTests.Tool
{
    /// <summary>
    /// One pstore-tool run through its entry point, as a user runs it: arguments in; exit code, standard
    /// output (text and raw bytes, in order) and standard error out. Standard input is not a terminal unless
    /// <c>typed</c> is given, which is then what the user types.
    /// </summary>
    public sealed class ToolRun
    {
        private ToolRun(int exitCode, byte[] stdout, string stderr)
        {
            ExitCode = exitCode;
            StdoutBytes = stdout;
            Stderr = stderr;
        }

        public int ExitCode { get; }

        public byte[] StdoutBytes { get; }

        public string Stdout { get { return Encoding.UTF8.GetString(StdoutBytes); } }

        public string Stderr { get; }

        public static ToolRun Of(params string[] args)
        {
            return Run(null, false, args);
        }

        /// <summary>Runs with a terminal on standard input on which the user types <paramref name="typed"/>.</summary>
        public static ToolRun Typing(string typed, params string[] args)
        {
            return Run(typed, false, args);
        }

        /// <summary>Runs with standard error on a terminal, where progress is drawn as a bar.</summary>
        public static ToolRun WithErrorOnATerminal(params string[] args)
        {
            return Run(null, true, args);
        }

        private static ToolRun Run(string typed, bool errorIsTerminal, string[] args)
        {
            MemoryStream stdout = new MemoryStream();
            StreamWriter text = new StreamWriter(stdout, ToolConsole.Utf8) { AutoFlush = true };
            StringWriter stderr = new StringWriter();
            ToolConsole console = new ToolConsole(text, stderr, new StringReader(typed ?? ""), () => stdout, typed != null, errorIsTerminal)
            {
                ProgressInterval = TimeSpan.Zero,
            };
            int code = ToolApp.Run(args, console);
            text.Flush();
            return new ToolRun(code, stdout.ToArray(), stderr.ToString());
        }

        /// <summary>Fails unless the run exited with <paramref name="code"/>; the message shows what it printed.</summary>
        public ToolRun Exits(int code)
        {
            Assert.AreEqual(code, ExitCode, "exit code; stdout:\n" + Stdout + "\nstderr:\n" + Stderr);
            return this;
        }

        /// <summary>Fails unless standard error has every piece, and no .NET exception text.</summary>
        public ToolRun SaysOnStderr(params string[] pieces)
        {
            foreach (string piece in pieces)
            {
                Assert.IsTrue(Stderr.Contains(piece), "stderr lacks \"" + piece + "\":\n" + Stderr);
            }

            return NoExceptionText();
        }

        public ToolRun SaysOnStdout(params string[] pieces)
        {
            foreach (string piece in pieces)
            {
                Assert.IsTrue(Stdout.Contains(piece), "stdout lacks \"" + piece + "\":\n" + Stdout);
            }

            return this;
        }

        /// <summary>No stack frame, no exception type name: what a user reads is a message for people.</summary>
        public ToolRun NoExceptionText()
        {
            string all = Stdout + Stderr;
            Assert.IsFalse(all.Contains("   at ") || all.Contains("Exception"), "exception text reached the user:\n" + all);
            return this;
        }
    }
}

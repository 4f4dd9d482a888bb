using System;
using System.IO;
using System.Text;

namespace PstoreNano.Tool.Cli
{
    /// <summary>
    /// Where a run reads and writes: the process's standard streams, or captured ones in tests. Text and raw
    /// bytes (cat) go to the same standard output; whether a stream is a terminal decides between prompts and
    /// progress bars and their plain, scriptable forms.
    /// </summary>
    public sealed class ToolConsole
    {
        private readonly Func<Stream> _openBinaryOut;

        public ToolConsole(TextWriter output, TextWriter error, TextReader input, Func<Stream> openBinaryOut,
            bool inputIsTerminal, bool errorIsTerminal)
        {
            Out = output;
            Error = error;
            In = input;
            _openBinaryOut = openBinaryOut;
            InputIsTerminal = inputIsTerminal;
            ErrorIsTerminal = errorIsTerminal;
        }

        public TextWriter Out { get; }

        public TextWriter Error { get; }

        public TextReader In { get; }

        /// <summary>A person can answer a question (erase asks before it erases).</summary>
        public bool InputIsTerminal { get; }

        /// <summary>Progress is drawn as a bar (standard error is a terminal), else printed as plain lines.</summary>
        public bool ErrorIsTerminal { get; }

        /// <summary>How often plain progress lines are printed (tests shorten it).</summary>
        public TimeSpan ProgressInterval { get; set; } = TimeSpan.FromSeconds(5);

        /// <summary>The process's own streams.</summary>
        public static ToolConsole Standard()
        {
            return new ToolConsole(Console.Out, Console.Error, Console.In, Console.OpenStandardOutput,
                !Console.IsInputRedirected, !Console.IsErrorRedirected);
        }

        /// <summary>Writes raw bytes to standard output after the text written so far.</summary>
        public void WriteBytes(byte[] bytes)
        {
            Out.Flush();
            Stream stdout = _openBinaryOut();
            stdout.Write(bytes, 0, bytes.Length);
            stdout.Flush();
        }

        /// <summary>UTF-8 without a byte-order mark, as scripts expect.</summary>
        public static readonly Encoding Utf8 = new UTF8Encoding(false);
    }
}

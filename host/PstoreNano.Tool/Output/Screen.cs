using System.IO;
using Spectre.Console;

namespace PstoreNano.Tool.Output
{
    /// <summary>Spectre.Console over a writer: plain text (no colour codes), wide enough not to wrap table rows.</summary>
    public static class Screen
    {
        public const int Width = 160;

        private static IAnsiConsole Plain(TextWriter w)
        {
            IAnsiConsole console = AnsiConsole.Create(new AnsiConsoleSettings
            {
                Out = new AnsiConsoleOutput(w),
                Ansi = AnsiSupport.No,
                ColorSystem = ColorSystemSupport.NoColors,
                Interactive = InteractionSupport.No,
            });
            console.Profile.Width = Width;
            return console;
        }

        /// <summary>Writes a table as plain lines without the padding Spectre leaves at their ends.</summary>
        public static void Write(TextWriter w, Table table)
        {
            StringWriter text = new StringWriter();
            Plain(text).Write(table);
            foreach (string line in text.ToString().Split('\n'))
            {
                if (line.Trim().Length > 0)
                {
                    w.WriteLine(line.TrimEnd());
                }
            }
        }

        /// <summary>A table with a header row and no frame, so that it reads in a log and cuts with awk.</summary>
        public static Table Table(params string[] headers)
        {
            Table t = new Table().Border(TableBorder.None);
            foreach (string h in headers)
            {
                t.AddColumn(new TableColumn(new Spectre.Console.Text(h)).NoWrap());
            }

            return t;
        }

        /// <summary>Adds a row of literal text (no Spectre markup is read in it).</summary>
        public static void Row(Table t, params string[] cells)
        {
            Spectre.Console.Text[] texts = new Spectre.Console.Text[cells.Length];
            for (int i = 0; i < cells.Length; i++)
            {
                texts[i] = new Spectre.Console.Text(cells[i] ?? "");
            }

            t.AddRow(texts);
        }
    }
}

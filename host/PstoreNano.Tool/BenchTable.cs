using System;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;

namespace PstoreNano.Tool
{
    /// <summary>A printed table with aligned columns; rows may carry a PASS/FAIL verdict that the run totals.</summary>
    public sealed class BenchTable
    {
        private readonly string _title;
        private readonly string[] _header;
        private readonly List<string[]> _rows = new List<string[]>();
        private readonly List<string> _notes = new List<string>();

        public BenchTable(string title, params string[] header)
        {
            _title = title;
            _header = header;
        }

        public int Failures { get; private set; }

        /// <summary>Adds a row; the last cell is the verdict when <paramref name="pass"/> is given.</summary>
        public void Row(bool? pass, params string[] cells)
        {
            string[] row = new string[_header.Length];
            Array.Copy(cells, row, Math.Min(cells.Length, row.Length));
            if (pass.HasValue)
            {
                row[row.Length - 1] = pass.Value ? "PASS" : "FAIL";
                Failures += pass.Value ? 0 : 1;
            }

            _rows.Add(row);
        }

        public void Note(string text)
        {
            _notes.Add(text);
        }

        public void Print(TextWriter w)
        {
            int[] widths = new int[_header.Length];
            Measure(widths, _header);
            foreach (string[] row in _rows)
            {
                Measure(widths, row);
            }

            w.WriteLine();
            w.WriteLine(_title);
            PrintRow(w, widths, _header);
            w.WriteLine(new string('-', Sum(widths) + 2 * (widths.Length - 1)));
            foreach (string[] row in _rows)
            {
                PrintRow(w, widths, row);
            }

            foreach (string note in _notes)
            {
                w.WriteLine("  " + note);
            }
        }

        /// <summary>bench --json: title, columns, one object per row keyed by column, notes, failures.</summary>
        public void WriteJson(Utf8JsonWriter j)
        {
            j.WriteStartObject();
            j.WriteString("title", _title);
            j.WriteStartArray("columns");
            foreach (string h in _header)
            {
                j.WriteStringValue(h);
            }

            j.WriteEndArray();
            j.WriteStartArray("rows");
            foreach (string[] row in _rows)
            {
                j.WriteStartObject();
                for (int i = 0; i < _header.Length; i++)
                {
                    j.WriteString(_header[i], row[i] ?? "");
                }

                j.WriteEndObject();
            }

            j.WriteEndArray();
            j.WriteStartArray("notes");
            foreach (string note in _notes)
            {
                j.WriteStringValue(note);
            }

            j.WriteEndArray();
            j.WriteNumber("failures", Failures);
            j.WriteEndObject();
        }

        private static void Measure(int[] widths, string[] row)
        {
            for (int i = 0; i < row.Length; i++)
            {
                widths[i] = Math.Max(widths[i], (row[i] ?? "").Length);
            }
        }

        private static void PrintRow(TextWriter w, int[] widths, string[] row)
        {
            string line = "";
            for (int i = 0; i < row.Length; i++)
            {
                string cell = row[i] ?? "";
                line += i == 0 ? cell.PadRight(widths[i]) : "  " + cell.PadLeft(widths[i]);
            }

            w.WriteLine(line.TrimEnd());
        }

        private static int Sum(int[] values)
        {
            int total = 0;
            foreach (int v in values)
            {
                total += v;
            }

            return total;
        }
    }
}

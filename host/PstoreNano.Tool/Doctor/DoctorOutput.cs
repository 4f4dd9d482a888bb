using System.IO;
using PstoreNano.Records;
using PstoreNano.Tool.Output;

namespace PstoreNano.Tool.Doctor
{
    /// <summary>The doctor's report as text (one section per part of the image) or as JSON (docs/TOOL.md).</summary>
    public static class DoctorOutput
    {
        private static readonly string[] Sections = { "image", "layout", "dmesg", "pmsg", "records" };

        public static void Text(DoctorReport report, TextWriter w)
        {
            foreach (string section in Sections)
            {
                bool header = false;
                foreach (Finding f in report.Findings)
                {
                    if (f.Section != section)
                    {
                        continue;
                    }

                    if (!header)
                    {
                        w.WriteLine(section);
                        header = true;
                    }

                    w.WriteLine("  " + Mark(f.Severity).PadRight(8) + f.Text);
                }
            }

            if (report.Records.Length > 0)
            {
                RecordPrinter.PrintList(report.Records, w);
            }

            w.WriteLine("verdict: " + report.Verdict());
        }

        public static void Json(DoctorReport report, TextWriter w)
        {
            Output.Json.Write(w, j =>
            {
                j.WriteStartObject();
                j.WriteString("image", report.Settings.ImagePath);
                j.WriteString("medium", report.Settings.Medium);
                j.WriteBoolean("ok", report.Problems == 0);
                j.WriteNumber("problems", report.Problems);
                j.WriteString("verdict", report.Verdict());
                if (report.Mounted != null)
                {
                    RecordJson.Layout(j, report.Mounted.Store.Layout);
                }
                else
                {
                    j.WriteNull("layout");
                }

                j.WriteStartArray("findings");
                foreach (Finding f in report.Findings)
                {
                    j.WriteStartObject();
                    j.WriteString("section", f.Section);
                    j.WriteString("severity", f.Severity.ToString().ToLowerInvariant());
                    j.WriteString("text", f.Text);
                    j.WriteEndObject();
                }

                j.WriteEndArray();
                j.WriteStartArray("records");
                foreach (PstoreRecord r in report.Records)
                {
                    RecordJson.Record(j, r);
                }

                j.WriteEndArray();
                j.WriteEndObject();
            });
        }

        private static string Mark(Severity s)
        {
            return s == Severity.Problem ? "PROBLEM" : s == Severity.Note ? "note" : "ok";
        }
    }
}

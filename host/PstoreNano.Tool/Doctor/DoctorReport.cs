using System.Collections.Generic;
using PstoreNano.Records;
using PstoreNano.Tool.Cli;

namespace PstoreNano.Tool.Doctor
{
    /// <summary>Everything the doctor found about one image.</summary>
    public sealed class DoctorReport
    {
        public DoctorReport(ImageSettings settings)
        {
            Settings = settings;
        }

        public ImageSettings Settings { get; }

        /// <summary>The mounted image; null when the configured layout does not fit it.</summary>
        public MountedImage Mounted { get; set; }

        public List<Finding> Findings { get; } = new List<Finding>();

        public PstoreRecord[] Records { get; set; } = new PstoreRecord[0];

        public int Problems
        {
            get { return Findings.FindAll(f => f.Severity == Severity.Problem).Count; }
        }

        public void Add(string section, Severity severity, string text)
        {
            Findings.Add(new Finding(section, severity, text));
        }

        /// <summary>"OK: ..." or "2 problem(s): ...", the last line of the report.</summary>
        public string Verdict()
        {
            if (Problems == 0)
            {
                return "OK: the image matches the configuration, " + Records.Length + " record(s), no damage";
            }

            List<string> sections = new List<string>();
            foreach (Finding f in Findings)
            {
                if (f.Severity == Severity.Problem && !sections.Contains(f.Section))
                {
                    sections.Add(f.Section);
                }
            }

            return Problems + " problem(s) found (" + string.Join(", ", sections) + ")";
        }
    }
}

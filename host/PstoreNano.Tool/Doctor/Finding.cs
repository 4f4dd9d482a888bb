namespace PstoreNano.Tool.Doctor
{
    /// <summary>How much a finding matters: only problems make the doctor exit 1.</summary>
    public enum Severity
    {
        Ok,
        Note,
        Problem,
    }

    /// <summary>One thing the doctor found, in one section of its report.</summary>
    public sealed class Finding
    {
        public Finding(string section, Severity severity, string text)
        {
            Section = section;
            Severity = severity;
            Text = text;
        }

        /// <summary>image, layout, dmesg, pmsg or records.</summary>
        public string Section { get; }

        public Severity Severity { get; }

        public string Text { get; }
    }
}

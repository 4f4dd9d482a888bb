namespace PstoreNano.NanoCheck
{
    /// <summary>One thing in a device assembly that nanoFramework 1.x cannot run.</summary>
    public sealed class NanoFinding
    {
        /// <summary>Creates a finding.</summary>
        public NanoFinding(string rule, string where, string detail)
        {
            Rule = rule;
            Where = where;
            Detail = detail;
        }

        /// <summary>Short rule name, e.g. "generic method definition".</summary>
        public string Rule { get; }

        /// <summary>The type or member that holds it.</summary>
        public string Where { get; }

        /// <summary>What exactly was found.</summary>
        public string Detail { get; }

        /// <inheritdoc />
        public override string ToString()
        {
            return Rule + ": " + Where + (string.IsNullOrEmpty(Detail) ? "" : " (" + Detail + ")");
        }
    }
}

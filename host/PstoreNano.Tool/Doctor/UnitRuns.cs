using System.Collections.Generic;

namespace PstoreNano.Tool.Doctor
{
    /// <summary>
    /// Findings about numbered units (zones, segments), with neighbours in the same state told once:
    /// "segments 2-63 at 0x2000-0x3F000: reads erased" instead of sixty-two lines.
    /// </summary>
    public sealed class UnitRuns
    {
        private readonly string _section;
        private readonly string _noun;
        private readonly List<Run> _runs = new List<Run>();

        public UnitRuns(string section, string noun)
        {
            _section = section;
            _noun = noun;
        }

        public void Add(int index, int offset, Severity severity, string state)
        {
            Run last = _runs.Count == 0 ? null : _runs[_runs.Count - 1];
            if (last != null && last.State == state && last.Severity == severity && last.Last == index - 1)
            {
                last.Last = index;
                last.LastOffset = offset;
                return;
            }

            _runs.Add(new Run { First = index, Last = index, FirstOffset = offset, LastOffset = offset, Severity = severity, State = state });
        }

        public void AddTo(List<Finding> into)
        {
            foreach (Run r in _runs)
            {
                string where = r.First == r.Last
                    ? _noun + " " + r.First + " at 0x" + r.FirstOffset.ToString("X")
                    : _noun + "s " + r.First + "-" + r.Last + " at 0x" + r.FirstOffset.ToString("X") + "-0x" + r.LastOffset.ToString("X");
                into.Add(new Finding(_section, r.Severity, where + ": " + r.State));
            }
        }

        private sealed class Run
        {
            public int First;
            public int Last;
            public int FirstOffset;
            public int LastOffset;
            public Severity Severity;
            public string State;
        }
    }
}

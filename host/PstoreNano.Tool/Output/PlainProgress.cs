using System;
using System.Diagnostics;
using System.IO;

namespace PstoreNano.Tool.Output
{
    /// <summary>
    /// Progress as a line every few seconds ("campaign: 1200/5000 (24 %), 10 s, about 32 s left"), for logs and
    /// pipes where a bar would be noise. Work that ends within the first interval prints nothing.
    /// </summary>
    public sealed class PlainProgress : IProgressMeter
    {
        private readonly TextWriter _w;
        private readonly string _label;
        private readonly TimeSpan _interval;
        private readonly Stopwatch _clock = Stopwatch.StartNew();
        private TimeSpan _next;

        public PlainProgress(TextWriter w, string label, TimeSpan interval)
        {
            _w = w;
            _label = label;
            _interval = interval;
            _next = interval;
        }

        public void Report(long done, long planned)
        {
            lock (this)
            {
                TimeSpan elapsed = _clock.Elapsed;
                if (elapsed < _next)
                {
                    return;
                }

                _next = elapsed + _interval;
                _w.WriteLine(Line(_label, done, planned, elapsed));
                _w.Flush();
            }
        }

        /// <summary>The line for a moment of the work; the time left assumes the rate so far holds.</summary>
        public static string Line(string label, long done, long planned, TimeSpan elapsed)
        {
            string line = label + ": " + done + "/" + planned;
            if (planned > 0)
            {
                line += " (" + (100 * done / planned) + " %)";
            }

            line += ", " + elapsed.TotalSeconds.ToString("F0") + " s";
            if (done > 0 && planned > done)
            {
                double left = elapsed.TotalSeconds * (planned - done) / done;
                line += ", about " + left.ToString("F0") + " s left";
            }

            return line;
        }
    }
}

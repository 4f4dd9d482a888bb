using System.Collections.Generic;
using System.Diagnostics;
using System.IO;

namespace PstoreNano.Tool
{
    /// <summary>
    /// pstore-tool bench: the engine on the simulated NOR stack (W25Q128JV, 20 MHz) against the chip's own
    /// time from the same timing table, tables (a) to (f) with a verdict per target; exit 1 if one fails.
    /// --smoke runs smaller volumes and partitions.
    /// </summary>
    public static class BenchCommand
    {
        public static int Run(Options o, TextWriter w)
        {
            Stopwatch clock = Stopwatch.StartNew();
            w.WriteLine("PstoreNano benchmark on a simulated W25Q128JV at 20 MHz (virtual time from the datasheet table)" +
                (o.Smoke ? ", smoke run" : ""));
            List<BenchTable> tables = new List<BenchTable>();
            tables.Add(BenchDump.Run());
            List<PmsgAppendRun> runs = BenchPmsg.Measure(o.Smoke);
            tables.Add(BenchPmsg.Appends(runs));
            tables.Add(BenchPmsg.Erases(runs));
            tables.Add(BenchMount.Run(o.Smoke));
            tables.Add(BenchRam.Run(o.Smoke));
            tables.Add(BenchLinux.Run(runs, BenchRam.MountBytes));
            tables.Add(BenchSd.Run(o.Smoke));

            int failures = 0;
            foreach (BenchTable t in tables)
            {
                t.Print(w);
                failures += t.Failures;
            }

            w.WriteLine();
            w.WriteLine((failures == 0 ? "bench: every target met" : "bench: " + failures + " target(s) FAILED") +
                " (" + clock.Elapsed.TotalSeconds.ToString("F1") + " s)");
            return failures == 0 ? 0 : 1;
        }
    }
}

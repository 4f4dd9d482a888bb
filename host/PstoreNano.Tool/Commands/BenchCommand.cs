using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Diagnostics;
using PstoreNano.Tool.Cli;
using PstoreNano.Tool.Output;

namespace PstoreNano.Tool.Commands
{
    /// <summary>
    /// pstore-tool bench: the engine on the simulated NOR stack (W25Q128JV, 20 MHz) against the chip's own
    /// time from the same timing table, tables (a) to (f) with a verdict per target; exit 1 if one fails.
    /// --smoke runs smaller volumes and partitions.
    /// </summary>
    public static class BenchCommand
    {
        public const string Title = "PstoreNano benchmark on a simulated W25Q128JV at 20 MHz (virtual time from the datasheet table)";

        private const int Steps = 7;

        public static ToolCommand Create(ToolConsole console)
        {
            ToolCommand c = new ToolCommand("bench", "Measure the engine on the simulated NOR stack against the chip's physical bounds; exit 1 if a target is missed.",
                "pstore-tool bench",
                "pstore-tool bench --smoke --json");
            var smoke = Flags.Add(c, new Option<bool>("--smoke") { Description = "smaller volumes and partitions: a few seconds (CI)" });
            var json = Flags.Json(c);
            return c.Runs(p => Run(p.GetValue(smoke), p.GetValue(json), console));
        }

        public static int Run(bool smoke, bool json, ToolConsole console)
        {
            Stopwatch clock = Stopwatch.StartNew();
            List<BenchTable> tables = ProgressDisplay.Run(console, "bench", meter => Measure(smoke, meter));
            int failures = 0;
            foreach (BenchTable t in tables)
            {
                failures += t.Failures;
            }

            if (json)
            {
                Json.Write(console.Out, j =>
                {
                    j.WriteStartObject();
                    j.WriteString("title", Title);
                    j.WriteBoolean("smoke", smoke);
                    j.WriteStartArray("tables");
                    foreach (BenchTable t in tables)
                    {
                        t.WriteJson(j);
                    }

                    j.WriteEndArray();
                    j.WriteNumber("failures", failures);
                    j.WriteBoolean("passed", failures == 0);
                    j.WriteNumber("elapsedSeconds", Math.Round(clock.Elapsed.TotalSeconds, 1));
                    j.WriteEndObject();
                });
            }
            else
            {
                console.Out.WriteLine(Title + (smoke ? ", smoke run" : ""));
                foreach (BenchTable t in tables)
                {
                    t.Print(console.Out);
                }

                console.Out.WriteLine();
                console.Out.WriteLine((failures == 0 ? "bench: every target met" : "bench: " + failures + " target(s) FAILED") +
                    " (" + clock.Elapsed.TotalSeconds.ToString("F1") + " s)");
            }

            return failures == 0 ? ExitCodes.Ok : ExitCodes.Problem;
        }

        private static List<BenchTable> Measure(bool smoke, IProgressMeter meter)
        {
            List<BenchTable> tables = new List<BenchTable>();
            tables.Add(BenchDump.Run());
            meter.Report(1, Steps);
            List<PmsgAppendRun> runs = BenchPmsg.Measure(smoke);
            tables.Add(BenchPmsg.Appends(runs));
            tables.Add(BenchPmsg.Erases(runs));
            meter.Report(3, Steps);
            tables.Add(BenchMount.Run(smoke));
            meter.Report(4, Steps);
            tables.Add(BenchRam.Run(smoke));
            meter.Report(5, Steps);
            tables.Add(BenchLinux.Run(runs, BenchRam.MountBytes));
            meter.Report(6, Steps);
            tables.Add(BenchSd.Run(smoke));
            meter.Report(Steps, Steps);
            return tables;
        }
    }
}

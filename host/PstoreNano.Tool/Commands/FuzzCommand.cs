using System;
using System.CommandLine;
using PstoreNano.Simulators.Fuzz;
using PstoreNano.Tool.Cli;
using PstoreNano.Tool.Output;

namespace PstoreNano.Tool.Commands
{
    /// <summary>
    /// pstore-tool fuzz: damaged partition images (bit flips, byte runs, torn and foreign headers) mounted,
    /// listed, read and written again; any throw, hang or inconsistency is a failure. The same runner as
    /// the test command's FuzzTests, with progress.
    /// </summary>
    public static class FuzzCommand
    {
        public const int DefaultCases = 20000;

        // Cases between two progress reports: small enough for a lively bar, large enough to cost nothing.
        private const int Batch = 200;

        public static ToolCommand Create(ToolConsole console)
        {
            ToolCommand c = new ToolCommand("fuzz", "Mount, list, read and write damaged images; exit 1 if one breaks the store.",
                "pstore-tool fuzz",
                "pstore-tool fuzz --cases 100000 --seed 7 --json",
                "pstore-tool fuzz --replay \"seed=7 case=4211\"");
            var cases = Flags.Positive(c, "--cases", "N", "images to damage (default " + DefaultCases + ")");
            var seed = Flags.Positive(c, "--seed", "N", "seed of the damage (default 1)");
            var replay = new Option<string>("--replay") { Description = "run one case as a failure printed it: \"seed=<n> case=<n>\"", HelpName = "CASE" };
            c.Options.Add(replay);
            var json = Flags.Json(c);
            c.Validators.Add(r =>
            {
                if (r.GetValue(replay) != null && (r.GetValue(cases) > 0 || r.GetValue(seed) > 0))
                {
                    r.AddError("--replay runs one case; it does not take --cases or --seed");
                }
            });
            return c.Runs(p => p.GetValue(replay) != null
                ? Replay(p.GetValue(replay), p.GetValue(json), console)
                : Run(p.GetValue(cases) > 0 ? p.GetValue(cases) : DefaultCases, p.GetValue(seed) > 0 ? p.GetValue(seed) : 1, p.GetValue(json), console));
        }

        public static int Run(int cases, int seed, bool json, ToolConsole console)
        {
            FuzzRunner runner = new FuzzRunner();
            ProgressDisplay.Run(console, "fuzz", meter =>
            {
                for (int first = 0; first < cases; first += Batch)
                {
                    runner.Run(seed, first, Math.Min(Batch, cases - first));
                    meter.Report(runner.Cases, cases);
                }

                return runner.Cases;
            });

            if (json)
            {
                FuzzJson.Write(console.Out, seed, runner);
            }
            else
            {
                console.Out.Write(runner.Summary());
                foreach (string failure in runner.Failures)
                {
                    console.Out.WriteLine("FAIL " + failure);
                }

                console.Out.WriteLine("fuzz: " + runner.Cases + " cases (seed " + seed + "), " + runner.Failures.Count + " failed" +
                    (runner.Failures.Count == 0 ? "" : "; replay one with pstore-tool fuzz --replay \"seed=<n> case=<n>\""));
            }

            return runner.Failures.Count == 0 ? ExitCodes.Ok : ExitCodes.Problem;
        }

        public static int Replay(string text, bool json, ToolConsole console)
        {
            FuzzCase c = ReplayReport.ParseCase(FuzzCase.Parse, text, "seed=7 case=4211");

            string failure = new FuzzRunner().RunCase(c, out string outcome);
            return ReplayReport.Print(console, json, c.ToString(), failure, c.Kind + ", " + outcome, j =>
            {
                j.WriteString("kind", c.Kind.ToString());
                j.WriteString("outcome", outcome);
            });
        }
    }
}

using System;
using System.CommandLine;
using System.IO;
using PstoreNano.Simulators.Campaign;
using PstoreNano.Tool.Cli;
using PstoreNano.Tool.Output;

namespace PstoreNano.Tool.Commands
{
    /// <summary>
    /// pstore-tool campaign: the power-loss campaign on the simulated NOR stack (the CI run by default, many
    /// seeds with --long or --seeds N), or one case replayed with --replay.
    /// </summary>
    public static class CampaignCommand
    {
        /// <summary>Seeds of a --long run unless --seeds says otherwise.</summary>
        public const int LongSeeds = 20;

        public static ToolCommand Create(ToolConsole console)
        {
            ToolCommand c = new ToolCommand("campaign", "Cut the power at every chip operation of a workload on the simulated NOR stack and check every recovery.",
                "pstore-tool campaign",
                "pstore-tool campaign --long --seeds 5 --seed 1000",
                "pstore-tool campaign --replay \"seed=1000050 op=47 frac=0.16\"");
            var longRun = Flags.Add(c, new Option<bool>("--long") { Description = "many seeds (" + LongSeeds + " unless --seeds), every operation a double cut's first cut" });
            var seeds = Flags.Positive(c, "--seeds", "N", "seeds to run (implies --long)");
            var seed = Flags.Positive(c, "--seed", "N", "first seed (default 1)");
            var replay = new Option<string>("--replay") { Description = "run one case as a failure printed it: \"seed=.. op=.. frac=.. [second=.. frac2=..] [writes=..]\"", HelpName = "CASE" };
            c.Options.Add(replay);
            var json = Flags.Json(c);
            c.Validators.Add(r =>
            {
                if (r.GetValue(replay) != null && (r.GetValue(longRun) || r.GetValue(seeds) > 0 || r.GetValue(seed) > 0))
                {
                    r.AddError("--replay runs one case; it does not take --long, --seeds or --seed");
                }
            });
            return c.Runs(p => p.GetValue(replay) != null
                ? Replay(p.GetValue(replay), p.GetValue(json), console)
                : Run(p.GetValue(longRun), p.GetValue(seeds), p.GetValue(seed), p.GetValue(json), console));
        }

        public static int Run(bool longRun, int seeds, int firstSeed, bool json, ToolConsole console)
        {
            CampaignOptions options = longRun || seeds > 0 ? CampaignOptions.Long(seeds > 0 ? seeds : LongSeeds) : CampaignOptions.Ci();
            options.FirstSeed = firstSeed > 0 ? firstSeed : 1;
            TextWriter log = json ? TextWriter.Null : console.Out;
            CampaignResult result = ProgressDisplay.Run(console, "campaign", meter =>
            {
                options.Progress = meter.Report;
                return CampaignRunner.Run(options, log);
            });
            if (json)
            {
                CampaignJson.Write(console.Out, longRun || seeds > 0 ? "long" : "ci", options, result);
            }

            return result.Failures.Count == 0 ? ExitCodes.Ok : ExitCodes.Problem;
        }

        public static int Replay(string text, bool json, ToolConsole console)
        {
            CutCase c = ReplayReport.ParseCase(CutCase.Parse, text, "seed=1000050 op=47 frac=0.16");

            return ReplayReport.Print(console, json, c.ToString(), CampaignRunner.Replay(c), null, null);
        }
    }
}

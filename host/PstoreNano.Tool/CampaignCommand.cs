using System.IO;
using PstoreNano.Simulators.Campaign;

namespace PstoreNano.Tool
{
    /// <summary>
    /// pstore-tool campaign: the power-loss campaign on the simulated NOR stack (the CI run by default, many
    /// seeds with --long or --seeds N), or one case replayed with --replay.
    /// </summary>
    public static class CampaignCommand
    {
        /// <summary>Seeds of a --long run unless --seeds says otherwise.</summary>
        public const int LongSeeds = 20;

        public static int Run(Options o, TextWriter w)
        {
            if (o.Replay != null)
            {
                CutCase c = CutCase.Parse(o.Replay);
                string problem = CampaignRunner.Replay(c);
                w.WriteLine((problem == null ? "PASS " : "FAIL ") + c + (problem == null ? "" : ": " + problem));
                return problem == null ? 0 : 1;
            }

            CampaignOptions options = o.Long || o.Seeds > 0 ? CampaignOptions.Long(o.Seeds > 0 ? o.Seeds : LongSeeds) : CampaignOptions.Ci();
            options.FirstSeed = o.FirstSeed;
            CampaignResult result = CampaignRunner.Run(options, w);
            return result.Failures.Count == 0 ? 0 : 1;
        }
    }
}

namespace PstoreNano.Simulators.Campaign
{
    /// <summary>How much of the NOR power-loss campaign to run.</summary>
    public sealed class CampaignOptions
    {
        /// <summary>First campaign seed; seeds FirstSeed .. FirstSeed + Seeds - 1 run.</summary>
        public int FirstSeed { get; set; } = 1;

        /// <summary>Seeds to run: each draws new torn fractions and bits for every operation.</summary>
        public int Seeds { get; set; } = 1;

        /// <summary>First cuts per seed whose recovery is cut again at every operation.</summary>
        public int DoubleCutSamples { get; set; } = 128;

        /// <summary>
        /// pmsg bytes every recovery writes after its first write, enough to switch segment, so a segment
        /// that only looked erased after the cut is used and checked (see RecoveryCheck.FollowUpBytes).
        /// </summary>
        public int RecoveryWrites { get; set; } = 6 * 1024;

        /// <summary>Stop after this many failures.</summary>
        public int MaxFailures { get; set; } = 10;

        /// <summary>
        /// Called with (cases run, cases planned) as the run goes, from worker threads. The plan counts every
        /// single cut exactly and estimates the double cuts from the recoveries measured so far.
        /// </summary>
        public System.Action<long, long> Progress { get; set; }

        /// <summary>The CI run: every single-cut point (clean and torn) and a few hundred double cuts.</summary>
        public static CampaignOptions Ci()
        {
            return new CampaignOptions();
        }

        /// <summary>
        /// The long run: many seeds, every operation of the workload is a double cut's first cut, and every
        /// recovery goes on writing through a segment switch.
        /// </summary>
        public static CampaignOptions Long(int seeds)
        {
            return new CampaignOptions { Seeds = seeds, DoubleCutSamples = int.MaxValue };
        }
    }
}

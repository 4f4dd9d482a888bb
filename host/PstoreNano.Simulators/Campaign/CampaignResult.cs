using System;
using System.Collections.Generic;

namespace PstoreNano.Simulators.Campaign
{
    /// <summary>Cut points covered by kind, and the failures with the case that replays each.</summary>
    public sealed class CampaignResult
    {
        /// <summary>Chip operations of the uncut workload.</summary>
        public long WorkloadOperations { get; set; }

        /// <summary>Cuts at the end of an operation: it completed, its caller never learned it.</summary>
        public long BoundaryCuts { get; set; }

        /// <summary>Cuts part way through an operation: torn page programs, interrupted erases.</summary>
        public long TornCuts { get; set; }

        /// <summary>First cuts whose recovery was cut at every operation.</summary>
        public long DoubleCutFirsts { get; set; }

        /// <summary>Second cuts, each during the recovery after a first cut.</summary>
        public long DoubleCuts { get; set; }

        public TimeSpan Elapsed { get; set; }

        /// <summary>"seed=.. op=.. frac=.. [second=..]: what broke", in the order found.</summary>
        public List<string> Failures { get; } = new List<string>();

        public long CutPoints { get { return BoundaryCuts + TornCuts + DoubleCuts; } }

        /// <summary>One line with every count and the run time.</summary>
        public string Summary()
        {
            return "NOR power-loss campaign: " + WorkloadOperations + " chip operations in the workload; " +
                BoundaryCuts + " single cuts at an operation's end, " + TornCuts + " torn cuts inside an operation, " +
                DoubleCuts + " double cuts (every recovery operation after " + DoubleCutFirsts + " first cuts); " +
                CutPoints + " cut points, " + Failures.Count + " failures, " + Elapsed.TotalSeconds.ToString("F1") + " s";
        }
    }
}

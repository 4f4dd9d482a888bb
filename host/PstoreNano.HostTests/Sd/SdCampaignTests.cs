using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using nanoFramework.TestFramework;
using PstoreNano.Simulators.Campaign;
using PstoreNano.Simulators.Sd;

namespace PstoreNano.HostTests.Sd
{
    /// <summary>
    /// The SD power-loss campaign as CI runs it: a cut at every card operation of the workload, every data
    /// block with each of the four in-flight outcomes, every data block again with collateral damage, and
    /// double cuts for a sample of first cuts. Failures print the case that replays them (set
    /// PSTORENANO_SD_CASE to one to run it alone; PSTORENANO_SD_SEEDS=N repeats the seeded sweeps N times).
    /// </summary>
    [TestClass]
    public class SdCampaignTests
    {
        private static readonly Lazy<SdCampaign> Campaign = new Lazy<SdCampaign>(() => new SdCampaign());

        [TestMethod]
        public void EverySingleCutWithEveryInFlightOutcomeKeepsTheInvariants()
        {
            SdCampaign campaign = Campaign.Value;
            HashSet<long> blocks = new HashSet<long>(campaign.BlockOperations);
            List<SdCutCase> cases = new List<SdCutCase>();
            for (long op = 0; op < campaign.WorkloadOperations; op++)
            {
                if (!blocks.Contains(op))
                {
                    cases.Add(new SdCutCase(op, SdCutDamage.Old, false, (int)op));
                    continue;
                }

                foreach (SdCutDamage damage in Enum.GetValues(typeof(SdCutDamage)))
                {
                    cases.Add(new SdCutCase(op, damage, false, (int)op));
                }
            }

            Report("single cuts: " + campaign.WorkloadOperations + " card operations (" + blocks.Count + " data blocks, each old/new/mixed/unreadable)",
                RunAll(campaign, cases, out int undetected), cases.Count, undetected);
        }

        [TestMethod]
        public void CollateralDamageIsSurvivedOrCounted()
        {
            SdCampaign campaign = Campaign.Value;
            List<SdCutCase> cases = new List<SdCutCase>();
            int seeds = Seeds();
            for (int seed = 0; seed < seeds; seed++)
            {
                foreach (long op in campaign.BlockOperations)
                {
                    cases.Add(new SdCutCase(op, (SdCutDamage)((op + seed) % 4), true, (int)op * 7 + seed));
                }
            }

            List<string> failures = RunAll(campaign, cases, out int undetected);
            Report("collateral cuts: every data block, the sector in flight and recent sectors of its 16 KiB page damaged",
                failures, cases.Count, undetected);
        }

        [TestMethod]
        public void DoubleCutsDuringRecoveryKeepTheInvariants()
        {
            SdCampaign campaign = Campaign.Value;
            List<SdCutCase> cases = new List<SdCutCase>();
            for (int i = 0; i < campaign.BlockOperations.Count; i += 40)
            {
                long first = campaign.BlockOperations[i];
                for (long second = 0; second < 160; second += 8)
                {
                    cases.Add(new SdCutCase(first, (SdCutDamage)(i % 4), false, i).WithSecond(second));
                }
            }

            Report("double cuts: a second cut every 8 operations into the recovery after " + (cases.Count / 20) + " first cuts",
                RunAll(campaign, cases, out int undetected), cases.Count, undetected);
        }

        [TestMethod]
        public void ReplayOneCase()
        {
            string text = Environment.GetEnvironmentVariable("PSTORENANO_SD_CASE");
            if (string.IsNullOrEmpty(text))
            {
                Assert.SkipTest("set PSTORENANO_SD_CASE to a printed case to replay it");
                return;
            }

            string problem = Campaign.Value.Run(SdCutCase.Parse(text), out bool undetected);
            Assert.IsNull(problem, text + ": " + problem);
        }

        [TestMethod]
        public void CaseTextRoundTrips()
        {
            SdCutCase c = new SdCutCase(812, SdCutDamage.Mixed, true, 3).WithSecond(40);

            Assert.AreEqual("sd op=812 damage=Mixed collateral=1 seed=3 second=40", SdCutCase.Parse(c.ToString()).ToString());
        }

        private static List<string> RunAll(SdCampaign campaign, List<SdCutCase> cases, out int undetected)
        {
            ConcurrentBag<string> failures = new ConcurrentBag<string>();
            int changed = 0;
            Parallel.ForEach(cases, new ParallelOptions { MaxDegreeOfParallelism = 2 }, c =>
            {
                string problem = campaign.Run(c, out bool dumpChanged);
                if (problem != null)
                {
                    failures.Add(c + ": " + problem);
                }

                if (dumpChanged)
                {
                    Interlocked.Increment(ref changed);
                }
            });

            undetected = changed;
            return failures.OrderBy(f => f).ToList();
        }

        private static void Report(string what, List<string> failures, int cases, int undetected)
        {
            OutputHelper.WriteLine("SD power-loss campaign, " + what + ": " + cases + " cut cases, " + failures.Count + " failures" +
                (undetected > 0 ? ", " + undetected + " dumps whose text changed undetected" : ""));
            foreach (string f in failures.Take(20))
            {
                OutputHelper.WriteLine("FAIL " + f);
            }

            Assert.AreEqual(0, failures.Count, failures.Count + " failures; first: " + failures.FirstOrDefault() +
                " (replay: PSTORENANO_SD_CASE=\"<case>\" dotnet test host/PstoreNano.HostTests --filter ReplayOneCase)");
        }

        private static int Seeds()
        {
            string text = Environment.GetEnvironmentVariable("PSTORENANO_SD_SEEDS");
            return int.TryParse(text, out int n) && n > 0 ? n : 1;
        }
    }
}

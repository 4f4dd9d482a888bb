using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Threading.Tasks;

namespace PstoreNano.Simulators.Campaign
{
    /// <summary>
    /// Runs the NOR power-loss campaign: for each seed, a cut at the end of every chip operation of the workload,
    /// a torn cut at a seeded fraction inside every operation, and for a sample of first cuts a second cut at
    /// every operation of the recovery. Cases run in parallel on fresh simulated chips.
    /// </summary>
    public static class CampaignRunner
    {
        /// <summary>The command that replays a failure printed by the campaign.</summary>
        public const string ReplayCommand = "dotnet run --project host/PstoreNano.Tool -- campaign --replay";

        public static CampaignResult Run(CampaignOptions options, TextWriter log)
        {
            Stopwatch clock = Stopwatch.StartNew();
            NorCampaign campaign = new NorCampaign();
            long n = campaign.WorkloadOperations;
            CampaignResult result = new CampaignResult { WorkloadOperations = n };
            Tally tally = new Tally(options, n);
            log.WriteLine("workload: " + n + " chip operations (" + campaign.WorkloadPagePrograms + " page programs, " +
                campaign.WorkloadErases + " erases) on a " + NorCampaign.PartitionSize / 1024 + " KiB partition");
            for (int s = 0; s < options.Seeds && result.Failures.Count < options.MaxFailures; s++)
            {
                int seed = options.FirstSeed + s;
                List<CutCase> singles = new List<CutCase>();
                for (long k = 0; k < n; k++)
                {
                    if (s == 0)
                    {
                        // Clean cuts do not depend on the seed: the first seed covers them.
                        singles.Add(new CutCase(CaseSeed(seed, k), k, 1.0).WithRecoveryWrites(options.RecoveryWrites));
                    }

                    singles.Add(new CutCase(CaseSeed(seed, k), k, Fraction(CaseSeed(seed, k))).WithRecoveryWrites(options.RecoveryWrites));
                }

                RunCases(campaign, singles, null, options, result, tally);

                RunDoubleCuts(campaign, seed, options, result, tally);
                log.WriteLine("seed " + seed + ": " + result.Failures.Count + " failures so far, " +
                    clock.Elapsed.TotalSeconds.ToString("F1") + " s");
            }

            result.Elapsed = clock.Elapsed;
            foreach (string failure in result.Failures)
            {
                log.WriteLine("FAIL " + failure);
            }

            if (result.Failures.Count > 0)
            {
                log.WriteLine("replay one: " + ReplayCommand + " \"seed=.. op=.. frac=.. [second=.. frac2=..] [writes=..]\"");
            }

            log.WriteLine(result.Summary());
            return result;
        }

        /// <summary>Runs one case as a failure printed it; returns what broke, or null.</summary>
        public static string Replay(CutCase c)
        {
            NorCampaign campaign = new NorCampaign();
            RecoveryReference first = null;
            if (c.IsDouble)
            {
                first = campaign.Reference(c);
                if (first.Failure != null)
                {
                    return "the first cut alone already fails: " + first.Failure;
                }
            }

            return campaign.Run(c, first);
        }

        private static void RunDoubleCuts(NorCampaign campaign, int seed, CampaignOptions options, CampaignResult result, Tally tally)
        {
            long n = campaign.WorkloadOperations;
            int samples = (int)Math.Min(options.DoubleCutSamples, n);
            long step = n / Math.Max(1, samples);
            List<CutCase> firsts = new List<CutCase>();
            for (int i = 0; i < samples; i++)
            {
                long k = i * step + (seed * 7919L) % Math.Max(1, step);
                int caseSeed = CaseSeed(seed, k);
                firsts.Add(new CutCase(caseSeed, k, i % 2 == 0 ? 1.0 : Fraction(caseSeed)).WithRecoveryWrites(options.RecoveryWrites));
            }

            Parallel.ForEach(firsts, Parallelism(), first =>
            {
                RecoveryReference reference = campaign.Reference(first);
                if (reference.Failure != null)
                {
                    // The first cut alone fails; a clean first cut is reported here, a torn one by the single cuts.
                    if (first.Fraction == 1.0 && seed != options.FirstSeed)
                    {
                        AddFailure(result, first, reference.Failure);
                    }

                    tally.FirstCut(0);
                    return;
                }

                tally.FirstCut(reference.Operations);
                List<CutCase> cases = new List<CutCase>();
                for (long j = 0; j < reference.Operations; j++)
                {
                    // Alternate clean and torn second cuts, offset by the first cut so both kinds hit every j.
                    bool clean = (j + first.Operation) % 2 == 0;
                    cases.Add(first.WithSecond(j, clean ? 1.0 : Fraction(first.Seed * 31 + (int)j + 1)));
                }

                RunCases(campaign, cases, reference, options, result, tally);
                lock (result)
                {
                    result.DoubleCutFirsts++;
                }
            });
        }

        private static void RunCases(NorCampaign campaign, List<CutCase> cases, RecoveryReference reference,
            CampaignOptions options, CampaignResult result, Tally tally)
        {
            Parallel.ForEach(cases, Parallelism(), (c, state) =>
            {
                if (result.Failures.Count >= options.MaxFailures)
                {
                    state.Stop();
                    return;
                }

                string problem;
                try
                {
                    problem = campaign.Run(c, reference);
                }
                catch (Exception e)
                {
                    problem = "the campaign harness threw " + e;
                }

                lock (result)
                {
                    // Counted as covered once run, so an early stop reports what ran.
                    if (c.IsDouble)
                    {
                        result.DoubleCuts++;
                    }
                    else if (c.Fraction == 1.0)
                    {
                        result.BoundaryCuts++;
                    }
                    else
                    {
                        result.TornCuts++;
                    }
                }

                if (problem != null)
                {
                    AddFailure(result, c, problem);
                }

                tally.CaseRan();
            });
        }

        private static void AddFailure(CampaignResult result, CutCase c, string problem)
        {
            lock (result)
            {
                result.Failures.Add(c + ": " + problem);
            }
        }

        private static ParallelOptions Parallelism()
        {
            return new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount };
        }

        // Counts the cases run across worker threads for CampaignOptions.Progress. The plan is exact for single
        // cuts; for double cuts it assumes the recoveries not yet measured are as long as those measured so far.
        private sealed class Tally
        {
            private readonly Action<long, long> _progress;
            private readonly long _singles;
            private readonly long _firsts;
            private readonly long _workload;
            private long _done;
            private long _firstsSeen;
            private long _recoveryOperations;

            public Tally(CampaignOptions options, long workloadOperations)
            {
                _progress = options.Progress;
                _workload = workloadOperations;
                _singles = options.Seeds * workloadOperations + (options.Seeds > 0 ? workloadOperations : 0);
                _firsts = options.Seeds * Math.Min(options.DoubleCutSamples, workloadOperations);
            }

            public void FirstCut(long recoveryOperations)
            {
                lock (this)
                {
                    _firstsSeen++;
                    _recoveryOperations += recoveryOperations;
                }

                Report();
            }

            public void CaseRan()
            {
                System.Threading.Interlocked.Increment(ref _done);
                Report();
            }

            private void Report()
            {
                if (_progress == null)
                {
                    return;
                }

                long planned;
                lock (this)
                {
                    long perFirst = _firstsSeen == 0 ? _workload : _recoveryOperations / _firstsSeen;
                    planned = _singles + _recoveryOperations + (_firsts - _firstsSeen) * perFirst;
                }

                _progress(System.Threading.Interlocked.Read(ref _done), planned);
            }
        }

        private static int CaseSeed(int seed, long operation)
        {
            return unchecked(seed * 1000003 + (int)operation);
        }

        private static double Fraction(int caseSeed)
        {
            return new Random(caseSeed).NextDouble();
        }
    }
}

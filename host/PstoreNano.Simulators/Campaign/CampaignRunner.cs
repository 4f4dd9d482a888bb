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
            Tally tally = new Tally(options, Planned(options, n));
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

        // Units of progress: single cuts (the first seed also runs the clean ones) and double cuts' first cuts.
        private static long Planned(CampaignOptions options, long n)
        {
            return options.Seeds * (n + Math.Min(options.DoubleCutSamples, n)) + (options.Seeds > 0 ? n : 0);
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

                    tally.Add(1);
                    return;
                }

                List<CutCase> cases = new List<CutCase>();
                for (long j = 0; j < reference.Operations; j++)
                {
                    // Alternate clean and torn second cuts, offset by the first cut so both kinds hit every j.
                    bool clean = (j + first.Operation) % 2 == 0;
                    cases.Add(first.WithSecond(j, clean ? 1.0 : Fraction(first.Seed * 31 + (int)j + 1)));
                }

                RunCases(campaign, cases, reference, options, result, null);
                lock (result)
                {
                    result.DoubleCutFirsts++;
                }

                tally.Add(1);
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

                if (tally != null)
                {
                    tally.Add(1);
                }
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

        // Counts units of progress across worker threads and passes them to CampaignOptions.Progress.
        private sealed class Tally
        {
            private readonly Action<long, long> _progress;
            private readonly long _planned;
            private long _done;

            public Tally(CampaignOptions options, long planned)
            {
                _progress = options.Progress;
                _planned = planned;
            }

            public void Add(long units)
            {
                long done = System.Threading.Interlocked.Add(ref _done, units);
                if (_progress != null)
                {
                    _progress(done, _planned);
                }
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

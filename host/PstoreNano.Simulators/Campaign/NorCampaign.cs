using System;
using System.Collections.Generic;
using PstoreNano.Config;
using PstoreNano.Simulators.Nor;
using PstoreNano.Testing;

namespace PstoreNano.Simulators.Campaign
{
    /// <summary>
    /// The power-loss campaign on the full stack: <see cref="EngineWorkload"/> through the engine, the NOR zone
    /// device and the SPI NOR driver onto a simulated W25Q128JV (20 MHz, typical timing). A case cuts the power
    /// inside one chip operation of the workload (<see cref="CutCase"/>), reboots and checks the invariants of
    /// DESIGN §7 with <see cref="RecoveryCheck"/>; a double case cuts again inside the recovery and checks after
    /// the second reboot. The guards around the partition and the chip's protocol log are checked too.
    /// </summary>
    public sealed class NorCampaign
    {
        /// <summary>Partition start on the chip (a guard sector lies on each side).</summary>
        public const int PartitionOffset = 64 * 1024;

        /// <summary>pmsg 16 KiB (four segments) and three 4 KiB dmesg zones.</summary>
        public const int PartitionSize = 28 * 1024;

        // Far beyond any workload: arms the chip's random source without cutting.
        private const long NoCut = long.MaxValue / 2;

        private readonly Dictionary<string, byte[]> _dumpTexts;

        /// <summary>Runs the workload uncut once: its operation count and dump texts are the reference.</summary>
        public NorCampaign()
        {
            NorStack stack = NewStack();
            EngineWorkload workload = NewWorkload(stack);
            workload.Run(true);
            WorkloadOperations = stack.Chip.OperationCount;
            WorkloadPagePrograms = stack.Chip.Statistics.PagePrograms;
            WorkloadErases = stack.Chip.Statistics.Erases;
            _dumpTexts = workload.Model.DumpTexts;
            string problem = stack.CheckChip();
            if (problem != null || _dumpTexts.Count != 2)
            {
                throw new InvalidOperationException("the uncut NOR workload is not clean: " + (problem ?? _dumpTexts.Count + " dumps stored"));
            }
        }

        /// <summary>Program and erase operations of the uncut workload: the single-cut points.</summary>
        public long WorkloadOperations { get; private set; }

        /// <summary>Page programs of the uncut workload.</summary>
        public long WorkloadPagePrograms { get; private set; }

        /// <summary>Erases of the uncut workload.</summary>
        public long WorkloadErases { get; private set; }

        /// <summary>The engine configuration of the campaign's partition.</summary>
        public static PstoreConfig Config()
        {
            PstoreConfig c = EngineWorkload.Config();
            c.PmsgSize = 16 * 1024;
            c.KmsgSize = 4 * 1024;
            return c;
        }

        /// <summary>
        /// Runs one case; null if every invariant held, else what broke. A double case needs the
        /// <see cref="Reference"/> of its first cut.
        /// </summary>
        public string Run(CutCase c, RecoveryReference firstCut)
        {
            if (c.IsDouble && (firstCut == null || firstCut.Failure != null))
            {
                throw new ArgumentException("a double cut needs the clean reference recovery of its first cut");
            }

            return Run(c, firstCut, null);
        }

        /// <summary>
        /// Runs a case's first cut followed by an uncut recovery and returns what a double case needs: the
        /// number of chip operations the recovery makes (the second-cut points) and the dump it writes.
        /// </summary>
        public RecoveryReference Reference(CutCase first)
        {
            RecoveryReference reference = new RecoveryReference();
            Run(new CutCase(first.Seed, first.Operation, first.Fraction).WithRecoveryWrites(first.RecoveryWrites), null, reference);
            return reference;
        }

        private string Run(CutCase c, RecoveryReference firstCut, RecoveryReference reference)
        {
            NorStack stack = NewStack();
            EngineWorkload workload = NewWorkload(stack);
            stack.Chip.ScheduleCut(c.Operation, c.Fraction, c.Seed);
            try
            {
                workload.Run(false);
                return Failed(reference, "the workload finished before operation " + c.Operation);
            }
            catch (PowerCutException)
            {
            }
            catch (Exception e)
            {
                return Failed(reference, "the workload threw " + e.GetType().Name + ": " + e.Message +
                    " (during " + workload.CurrentOperation + ")");
            }

            string during = " (first cut during " + workload.CurrentOperation + ")";
            SweepModel model = workload.Model;
            model.PowerCut();
            Dictionary<string, byte[]> texts = new Dictionary<string, byte[]>(_dumpTexts);
            RecoveryCheck check = new RecoveryCheck(() => stack.Reboot(), Config()) { FollowUpBytes = c.RecoveryWrites };
            long rebootOperations = stack.Chip.OperationCount;
            string label = "after the cut";
            string problem;
            try
            {
                // The same reseed in the reference and the double case keeps them identical up to the second cut.
                stack.Chip.ScheduleCut(c.IsDouble ? rebootOperations + c.Second : NoCut, c.SecondFraction, c.Seed + 1);
                if (c.IsDouble)
                {
                    during += " (second cut " + c.Second + " operations into the recovery)";
                    texts[firstCut.DumpKey] = firstCut.Dump;
                    problem = FirstRecovery(check, model, texts, c, firstCut.Dump);
                    if (problem != null)
                    {
                        return problem + during;
                    }

                    model.PowerCut();
                    label = "after the second cut";
                }

                problem = check.Recover(model, texts, label, null);
            }
            catch (Exception e)
            {
                problem = "recovery threw " + e.GetType().Name + ": " + e.Message;
            }

            if (reference != null)
            {
                reference.Operations = stack.Chip.OperationCount - rebootOperations;
                reference.DumpKey = model.NewestDump;
                reference.Dump = model.NewestDump == null ? null : texts[model.NewestDump];
            }

            problem = problem ?? stack.CheckChip();
            return Failed(reference, problem == null ? null : problem + during);
        }

        // The recovery that the second cut interrupts: it must be cut, and must not fail before the cut.
        private static string FirstRecovery(RecoveryCheck check, SweepModel model, Dictionary<string, byte[]> texts, CutCase c, byte[] expectedDump)
        {
            try
            {
                string problem = check.Recover(model, texts, "after the cut", expectedDump);
                return problem ?? "the recovery finished before its operation " + c.Second;
            }
            catch (PowerCutException)
            {
                return null;
            }
        }

        private static string Failed(RecoveryReference reference, string problem)
        {
            if (reference != null)
            {
                reference.Failure = problem;
            }

            return problem;
        }

        // Three times the writes of the RAM sweep: the 12 KiB the ring keeps wrap about four times.
        private static EngineWorkload NewWorkload(NorStack stack)
        {
            return new EngineWorkload(() => stack.Reboot(), Config()) { WriteRounds = 3 };
        }

        private static NorStack NewStack()
        {
            return NorStack.W25Q128JV(PartitionOffset, PartitionSize);
        }
    }
}

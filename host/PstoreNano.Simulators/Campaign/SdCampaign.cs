using System;
using System.Collections.Generic;
using System.Text;
using PstoreNano.Config;
using PstoreNano.Engine;
using PstoreNano.Records;
using PstoreNano.Simulators.Sd;
using PstoreNano.Testing;

namespace PstoreNano.Simulators.Campaign
{
    /// <summary>
    /// The power-loss campaign on the full SD stack: <see cref="EngineWorkload"/> through the engine, the SD
    /// zone device and the SPI SD driver onto a simulated SDHC card (<see cref="SdStack"/>). A case cuts the
    /// power at one card operation (<see cref="SdCutCase"/>). When the sector in flight is left old, new or
    /// shorn, the invariants are those of the NOR campaign (<see cref="RecoveryCheck"/>): the formats must hide
    /// the damage. When it is left unreadable, the acknowledged chunks it held before the append are gone too,
    /// and with collateral damage (other sectors of the flash page written within the last second revert or
    /// become unreadable) acknowledged data inside that window may be lost, so the check is:
    /// mount succeeds, every record reads whole, pmsg returns only whole writes that were made, and the next
    /// write and dump work; a dump whose text changed is counted (Linux's dmesg format has no checksum over
    /// its text), not failed.
    /// </summary>
    public sealed class SdCampaign
    {
        private readonly Dictionary<string, byte[]> _dumpTexts;
        private readonly long _baseOperations;

        /// <summary>Runs the workload uncut once: its operations, data blocks and dump texts are the reference.</summary>
        public SdCampaign()
        {
            SdStack stack = NewStack();
            _baseOperations = stack.Card.OperationCount;
            EngineWorkload workload = NewWorkload(stack);
            workload.Run(true);
            List<long> blocks = new List<long>();
            foreach (long op in stack.Card.BlockOperations)
            {
                if (op >= _baseOperations)
                {
                    blocks.Add(op - _baseOperations);
                }
            }

            BlockOperations = blocks;
            _dumpTexts = workload.Model.DumpTexts;
            string problem = stack.CheckCard();

            // Reading the dump texts back costs commands too: the cut runs do not, so they are counted without.
            SdStack plain = NewStack();
            NewWorkload(plain).Run(false);
            WorkloadOperations = plain.Card.OperationCount - _baseOperations;
            if (problem != null || _dumpTexts.Count != 2)
            {
                throw new InvalidOperationException("the uncut SD workload is not clean: " + (problem ?? _dumpTexts.Count + " dumps stored"));
            }
        }

        /// <summary>Commands and data blocks of the uncut workload: the single-cut points.</summary>
        public long WorkloadOperations { get; private set; }

        /// <summary>The operations of the workload that are data blocks (sector programs).</summary>
        public IList<long> BlockOperations { get; private set; }

        /// <summary>pmsg 16 KiB (four 4 KiB segments) and three 4 KiB dmesg zones in a 28 KiB MBR partition.</summary>
        public static PstoreConfig Config()
        {
            PstoreConfig c = EngineWorkload.Config();
            c.PmsgSize = 16 * 1024;
            c.KmsgSize = 4 * 1024;
            c.PartitionSize = 28 * 1024;
            return c;
        }

        /// <summary>
        /// Runs a case's first cut followed by an uncut recovery and returns the key ("reason#counter") and text of
        /// the dump that recovery writes: a double case needs it, since its second cut may land after that dump
        /// is stored but before it was read back.
        /// </summary>
        public KeyValuePair<string, byte[]> Reference(SdCutCase first)
        {
            SdCutCase single = new SdCutCase(first.Operation, first.Damage, first.Collateral, first.Seed);
            SweepModel model;
            Dictionary<string, byte[]> texts;
            string problem = Run(single, default(KeyValuePair<string, byte[]>), out bool ignored, out model, out texts);
            if (problem != null || model.NewestDump == null)
            {
                throw new InvalidOperationException("the reference recovery of " + single + " failed: " + (problem ?? "no dump"));
            }

            return new KeyValuePair<string, byte[]>(model.NewestDump, texts[model.NewestDump]);
        }

        /// <summary>Runs one case; null if every invariant held, else what broke. <paramref name="undetected"/> is set when a dump's text changed under collateral damage.</summary>
        public string Run(SdCutCase c, out bool undetected)
        {
            KeyValuePair<string, byte[]> reference = c.IsDouble ? Reference(c) : default(KeyValuePair<string, byte[]>);
            return Run(c, reference, out undetected, out SweepModel model, out Dictionary<string, byte[]> texts);
        }

        private string Run(SdCutCase c, KeyValuePair<string, byte[]> reference, out bool undetected, out SweepModel model,
            out Dictionary<string, byte[]> texts)
        {
            model = null;
            texts = null;
            undetected = false;
            SdStack stack = NewStack();
            EngineWorkload workload = NewWorkload(stack);
            stack.Card.ScheduleCut(_baseOperations + c.Operation, c.Damage, c.Collateral, c.Seed);
            try
            {
                workload.Run(false);
                return "the workload finished before operation " + c.Operation;
            }
            catch (PowerCutException)
            {
            }
            catch (Exception e)
            {
                return "the workload threw " + e.GetType().Name + ": " + e.Message + " (during " + workload.CurrentOperation + ")";
            }

            string during = " (cut during " + workload.CurrentOperation + ")";
            model = workload.Model;
            model.PowerCut();
            texts = new Dictionary<string, byte[]>(_dumpTexts);
            if (reference.Key != null)
            {
                texts[reference.Key] = reference.Value;
            }

            // An unreadable sector in flight also takes what it held before: the chunks an earlier append put
            // into the same sector (read-modify-write). That is the model's damage window, as collateral is.
            bool window = c.Collateral || c.Damage == SdCutDamage.Unreadable;
            string problem;
            try
            {
                if (c.IsDouble)
                {
                    stack.Card.ScheduleCut(stack.Card.OperationCount + c.Second, c.Damage, c.Collateral, c.Seed + 1);
                    problem = CutRecovery(stack, model, texts, window);
                    stack.Card.ScheduleCut(-1, c.Damage, false, 0);
                    if (problem != null)
                    {
                        return problem + during;
                    }

                    model.PowerCut();
                    during += " (second cut " + c.Second + " operations into the recovery)";
                }

                string label = c.IsDouble ? "after the second cut" : "after the cut";
                problem = window ? CheckWithinDamageWindow(stack, model, texts, label, out undetected) :
                    new RecoveryCheck(() => stack.Reboot(), Config()).Recover(model, texts, label, null);
            }
            catch (Exception e)
            {
                problem = "recovery threw " + e.GetType().Name + ": " + e.Message;
            }

            problem = problem ?? stack.CheckCard();
            return problem == null ? null : problem + during;
        }

        // The recovery that the second cut interrupts: a cut there is expected, a failure before it is not.
        private static string CutRecovery(SdStack stack, SweepModel model, Dictionary<string, byte[]> texts, bool window)
        {
            try
            {
                string problem = window ? CheckWithinDamageWindow(stack, model, texts, "after the cut", out bool ignored) :
                    new RecoveryCheck(() => stack.Reboot(), Config()).Recover(model, texts, "after the cut", null);
                return problem;
            }
            catch (PowerCutException)
            {
                return null;
            }
        }

        private static string CheckWithinDamageWindow(SdStack stack, SweepModel model, Dictionary<string, byte[]> texts, string label,
            out bool undetected)
        {
            undetected = false;
            Pstore store;
            try
            {
                store = Pstore.Mount(stack.Reboot(), Config(), new NoWallClock());
            }
            catch (PowerCutException)
            {
                throw;
            }
            catch (Exception e)
            {
                return "mount threw " + e.GetType().Name + ": " + e.Message;
            }

            List<byte[]> writes = new List<byte[]>(model.AckedWrites);
            foreach (PstoreRecord r in store.ListRecords())
            {
                byte[] bytes = EngineWorkload.ReadAll(store, r);
                if (bytes.Length != r.Size)
                {
                    return r.Name + " lists " + r.Size + " bytes but reads " + bytes.Length;
                }

                if (r.Type == RecordType.Pmsg)
                {
                    if (!MadeOfWrites(bytes, writes))
                    {
                        return r.Name + " returns pmsg bytes that are not a sequence of whole writes that were made";
                    }
                }
                else if (!texts.TryGetValue(SweepModel.DumpKey(r), out byte[] text) || !text.AsSpan().SequenceEqual(bytes))
                {
                    undetected = true;
                }
            }

            byte[] marker = Encoding.ASCII.GetBytes(label + "\n");
            store.WritePmsg(marker, 0, marker.Length);
            if (!store.Dump(DumpReason.Oops, "System.Exception", label, null))
            {
                return "the dump after the cut failed: " + store.LastDumpFailure;
            }

            store = Pstore.Mount(stack.Reboot(), Config(), new NoWallClock());
            bool found = false;
            foreach (PstoreRecord r in store.ListRecords())
            {
                found |= r.Type == RecordType.Dmesg && Encoding.ASCII.GetString(EngineWorkload.ReadAll(store, r)).Contains(label);
            }

            return found ? null : "the dump written after the cut is not listed after the next reboot";
        }

        // True if the stream splits into whole writes of the list (in any order: a reverted sector may bring back an older one).
        private static bool MadeOfWrites(byte[] stream, List<byte[]> writes)
        {
            bool[] reach = new bool[stream.Length + 1];
            reach[0] = true;
            for (int p = 0; p < stream.Length; p++)
            {
                if (!reach[p])
                {
                    continue;
                }

                foreach (byte[] w in writes)
                {
                    if (p + w.Length <= stream.Length && w.Length > 0 && w[0] == stream[p] &&
                        stream.AsSpan(p, w.Length).SequenceEqual(w))
                    {
                        reach[p + w.Length] = true;
                    }
                }
            }

            return reach[stream.Length];
        }

        private static EngineWorkload NewWorkload(SdStack stack)
        {
            return new EngineWorkload(() => stack.Reboot(), stack.Config) { WriteRounds = 2 };
        }

        private static SdStack NewStack()
        {
            return SdStack.Sdhc(Config(), 1);
        }
    }
}

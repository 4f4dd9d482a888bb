using System;
using System.Collections.Generic;
using System.Text;
using PstoreNano.Config;
using PstoreNano.Devices;
using PstoreNano.Engine;
using PstoreNano.Records;
using PstoreNano.Testing;

namespace PstoreNano.Simulators.Campaign
{
    /// <summary>
    /// The invariants of DESIGN §7 after a power cut, checked the way a user would: reboot and mount (it must
    /// not throw), every record reads back whole, every acknowledged pmsg write is there in order and the
    /// in-flight one is all or nothing, every dump is byte for byte one that was written and the newest
    /// acknowledged one is there; then the next pmsg write and the next dump work and survive a reboot.
    /// </summary>
    public sealed class RecoveryCheck
    {
        private readonly Func<IZoneDevice> _reboot;
        private readonly PstoreConfig _config;

        /// <summary>Checks partitions that <paramref name="reboot"/> returns, mounted with <paramref name="config"/>.</summary>
        public RecoveryCheck(Func<IZoneDevice> reboot, PstoreConfig config)
        {
            _reboot = reboot;
            _config = config;
        }

        /// <summary>
        /// pmsg bytes the recovery writes after its first write, in writes of up to 200 bytes (0: none). A few
        /// KiB take the ring through a segment switch, so the segment a cut left behind gets used.
        /// </summary>
        public int FollowUpBytes { get; set; }

        /// <summary>
        /// Reboots after a cut, checks the records against <paramref name="model"/>, then writes a pmsg marker
        /// and an Oops dump whose message is <paramref name="label"/>, reboots again and checks that both are
        /// there. <paramref name="dumpTexts"/> maps "reason#counter" to the text each dump must read as; the
        /// recovery dump's text is put in it (and must equal <paramref name="expectedDump"/>, the text an uncut
        /// recovery wrote, when given). Returns null if every invariant held, else what broke. A power cut
        /// during the recovery escapes as <see cref="PowerCutException"/> with the model updated up to it.
        /// </summary>
        public string Recover(SweepModel model, Dictionary<string, byte[]> dumpTexts, string label, byte[] expectedDump)
        {
            Pstore store = MountChecked(out string problem);
            if (problem != null)
            {
                return problem;
            }

            problem = CheckRecords(store, model, dumpTexts);
            if (problem != null)
            {
                return problem;
            }

            model.WritePmsg(store, Encoding.ASCII.GetBytes("first write " + label + "\n"));
            for (int written = 0, i = 0; written < FollowUpBytes; i++)
            {
                byte[] data = Encoding.ASCII.GetBytes("write " + i + " " + label + " " + new string((char)('a' + i % 26), 1 + i * 37 % 180) + "\n");
                model.WritePmsg(store, data);
                written += data.Length;
            }

            model.InFlightDump = "the Oops dump " + label;
            if (!store.Dump(DumpReason.Oops, "System.Exception", label, null))
            {
                if (store.LastDumpFailure is PowerCutException)
                {
                    throw (PowerCutException)store.LastDumpFailure;
                }

                return "no dump zone was ready after the reboot";
            }

            model.InFlightDump = null;
            PstoreRecord dump = FindDumpHolding(store, label);
            if (dump == null)
            {
                return "the dump just written is not listed (or does not hold its message)";
            }

            // The counter is the engine's (Linux's rule: the largest it recovered + 1), so the key is read back.
            string key = SweepModel.DumpKey(dump);
            byte[] text = EngineWorkload.ReadAll(store, dump);
            model.NewestDump = key;
            model.NewestDumpTime = dump.TimeSeconds;
            if (expectedDump != null && !expectedDump.AsSpan().SequenceEqual(text))
            {
                return "the dump " + key + " differs from the one the uncut recovery wrote";
            }

            dumpTexts[key] = text;
            store = MountChecked(out problem);
            return problem ?? CheckRecords(store, model, dumpTexts);
        }

        /// <summary>Checks the records of a mounted partition against the model; null if they agree.</summary>
        public static string CheckRecords(Pstore store, SweepModel model, Dictionary<string, byte[]> dumpTexts)
        {
            List<byte> stream = new List<byte>();
            bool newestDumpFound = model.NewestDump == null || model.NewestDump == model.InFlightDumpErase;
            int dumps = 0;
            int newerDumps = 0;
            foreach (PstoreRecord r in store.ListRecords())
            {
                byte[] bytes = EngineWorkload.ReadAll(store, r);
                if (bytes.Length != r.Size)
                {
                    return r.Name + " lists " + r.Size + " bytes but reads " + bytes.Length;
                }

                if (r.Type == RecordType.Pmsg)
                {
                    stream.AddRange(bytes);
                    continue;
                }

                string key = SweepModel.DumpKey(r);
                if (!dumpTexts.TryGetValue(key, out byte[] expected))
                {
                    return r.Name + " holds " + key + ", a dump the workload never made";
                }

                if (!expected.AsSpan().SequenceEqual(bytes))
                {
                    return r.Name + " (" + key + ") differs from the dump that was written";
                }

                newestDumpFound |= key == model.NewestDump;
                dumps++;
                newerDumps += r.TimeSeconds > model.NewestDumpTime ? 1 : 0;
            }

            // Dumps whose outcome a cut left unknown may have landed after it; once they fill every zone the
            // ring keeps (all but the ready one on flash), the oldest, the newest acknowledged, goes.
            int kept = store.Device.EraseBeforeProgram ? store.Layout.DmesgZoneCount - 1 : store.Layout.DmesgZoneCount;
            if (!newestDumpFound && newerDumps == dumps && newerDumps >= kept)
            {
                newestDumpFound = true;
            }

            if (!newestDumpFound)
            {
                return "the newest acknowledged dump " + model.NewestDump + " is missing";
            }

            return model.CheckPmsg(stream.ToArray());
        }

        private static PstoreRecord FindDumpHolding(Pstore store, string message)
        {
            foreach (PstoreRecord r in store.ListRecords())
            {
                if (r.Type == RecordType.Dmesg && Encoding.ASCII.GetString(EngineWorkload.ReadAll(store, r)).Contains(message))
                {
                    return r;
                }
            }

            return null;
        }

        private Pstore MountChecked(out string problem)
        {
            problem = null;
            IZoneDevice device = _reboot();
            try
            {
                return Pstore.Mount(device, _config, new NoWallClock());
            }
            catch (PowerCutException)
            {
                throw;
            }
            catch (Exception e)
            {
                problem = "mount threw " + e.GetType().Name + ": " + e.Message;
                return null;
            }
        }
    }
}

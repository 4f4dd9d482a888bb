using System;
using System.Collections.Generic;
using System.Diagnostics;
using nanoFramework.TestFramework;
using PstoreNano.Devices;
using PstoreNano.Records;

namespace PstoreNano.HostTests.PowerCut
{
    /// <summary>
    /// The power-cut sweep over the whole engine: the workload is cut after every byte of every program and
    /// erase it makes; each cut is followed by a reboot (mount) and the invariants of DESIGN §7.
    /// </summary>
    [TestClass]
    public class EngineSweepTests
    {
        [TestMethod]
        public void EveryCutPointLeavesAConsistentPartition()
        {
            MemoryFlashDevice reference = EngineWorkload.NewDevice();
            EngineWorkload uncut = new EngineWorkload(reference);
            uncut.Run(true);
            long steps = reference.Steps;
            Assert.IsTrue(steps > 20000, "the workload should program and erase a lot, made " + steps + " steps");
            Assert.IsTrue(uncut.Model.DumpTexts.Count == 2, "both dumps stored in the uncut run");

            Stopwatch clock = Stopwatch.StartNew();
            int covered = 0;
            List<string> failures = new List<string>();
            for (long cut = 0; cut < steps; cut++)
            {
                string failure = RunCut(cut, uncut.Model.DumpTexts);
                covered++;
                if (failure != null)
                {
                    failures.Add("cut after step " + cut + ": " + failure);
                    if (failures.Count >= 5)
                    {
                        break;
                    }
                }
            }

            OutputHelper.WriteLine("engine power-cut sweep: " + covered + " cut points (every programmed and erased byte of " +
                steps + " steps) in " + clock.Elapsed.TotalSeconds.ToString("F1") + " s, " + failures.Count + " failures");
            Assert.AreEqual(0, failures.Count, string.Join("\n", failures));
        }

        /// <summary>Runs the workload with the power cut after <paramref name="cut"/> steps; null if every invariant held.</summary>
        public static string RunCut(long cut, Dictionary<string, byte[]> dumpTexts)
        {
            MemoryFlashDevice device = EngineWorkload.NewDevice();
            EngineWorkload workload = new EngineWorkload(device);
            device.CutAfter(cut);
            try
            {
                workload.Run(false);
                return "the workload finished without reaching the cut";
            }
            catch (PowerCutException)
            {
            }

            string during = " (cut during " + workload.CurrentOperation + ")";
            device.PowerOn();
            Pstore store;
            try
            {
                store = Pstore.Mount(device, EngineWorkload.Config(), new PstoreNano.Engine.NoWallClock());
            }
            catch (Exception e)
            {
                return "mount threw " + e.GetType().Name + ": " + e.Message + during;
            }

            string problem = CheckRecords(store, workload.Model, dumpTexts);
            if (problem != null)
            {
                return problem + during;
            }

            problem = CheckNextWritesWork(device, store);
            return problem == null ? null : problem + during;
        }

        private static string CheckRecords(Pstore store, SweepModel model, Dictionary<string, byte[]> dumpTexts)
        {
            List<byte> stream = new List<byte>();
            bool newestDumpFound = model.NewestDump == null || model.NewestDump == model.InFlightDumpErase;
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
            }

            if (!newestDumpFound)
            {
                return "the newest acknowledged dump " + model.NewestDump + " is missing";
            }

            return model.CheckPmsg(stream.ToArray());
        }

        private static string CheckNextWritesWork(MemoryFlashDevice device, Pstore store)
        {
            byte[] marker = System.Text.Encoding.ASCII.GetBytes("first write after the reboot\n");
            store.WritePmsg(marker, 0, marker.Length);
            if (!store.Dump(DumpReason.Oops, "System.Exception", "after the cut", null))
            {
                return "no dump zone was ready after the reboot";
            }

            Pstore again = Pstore.Mount(device, EngineWorkload.Config(), new PstoreNano.Engine.NoWallClock());
            List<byte> stream = new List<byte>();
            bool dumpFound = false;
            foreach (PstoreRecord r in again.ListRecords())
            {
                byte[] bytes = EngineWorkload.ReadAll(again, r);
                if (r.Type == RecordType.Pmsg)
                {
                    stream.AddRange(bytes);
                }
                else if (System.Text.Encoding.ASCII.GetString(bytes).Contains("after the cut"))
                {
                    dumpFound = true;
                }
            }

            byte[] all = stream.ToArray();
            if (all.Length < marker.Length || !all.AsSpan(all.Length - marker.Length).SequenceEqual(marker))
            {
                return "the first pmsg write after the reboot is not at the end of the stream";
            }

            return dumpFound ? null : "the first dump after the reboot was not found";
        }
    }
}

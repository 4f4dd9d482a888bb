using System;
using System.Collections.Generic;
using System.Diagnostics;
using nanoFramework.TestFramework;
using PstoreNano.Simulators.Campaign;
using PstoreNano.Testing;

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
            RecoveryCheck check = new RecoveryCheck(() => device, EngineWorkload.Config());
            try
            {
                string problem = check.Recover(workload.Model, new Dictionary<string, byte[]>(dumpTexts), "after the cut", null);
                return problem == null ? null : problem + during;
            }
            catch (Exception e)
            {
                return "recovery threw " + e.GetType().Name + ": " + e.Message + during;
            }
        }
    }
}

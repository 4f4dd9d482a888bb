using System;
using nanoFramework.TestFramework;
using PstoreNano.HostTests.Support;
using PstoreNano.Testing;
using PstoreNano.Tests;
using PstoreNano.Zones;

namespace PstoreNano.HostTests.Pmsg
{
    [TestClass]
    public class PmsgAllocationTests
    {
        [TestMethod]
        public void WritesAllocateNothingOnNormalAndPanicPaths()
        {
            MemoryFlashDevice device = PmsgKit.NewDevice(8);
            PmsgRing ring = PmsgKit.Mount(device);
            byte[] data = PmsgKit.Pattern(3000, 1);
            // Warm-up: JIT, the CRC table, every code path (chunk splits, segment opens, wrap).
            for (int i = 0; i < 200; i++)
            {
                ring.Write(data, i % 50, 1 + (i * 97) % 2900, false);
            }

            // The least of several rounds (HeapMeter): tiered recompilation now and then charges the thread a
            // few bytes of its own, while an allocation the ring made would show in every round.
            int round = 0;
            long normal = HeapMeter.LeastAllocated(() =>
            {
                for (int i = 0; i < 400; i++)
                {
                    ring.Write(data, (round + i) % 50, 1 + ((round * 400 + i) * 97) % 2900, false);
                }

                round++;
            });

            int kept = 0;
            long panic = HeapMeter.LeastAllocated(() =>
            {
                for (int i = 0; i < 10; i++)
                {
                    kept += ring.Write(data, 0, 1 + (i * 31) % 200, true);
                }
            });

            OutputHelper.WriteLine("allocated: " + normal + " bytes per 400 writes, " + panic + " bytes per 10 panic writes (least of 5 rounds)");
            Assert.AreEqual(0L, normal, "bytes allocated by 400 writes");
            Assert.AreEqual(0L, panic, "bytes allocated by panic writes");
            Assert.IsTrue(kept > 0);
        }
    }
}

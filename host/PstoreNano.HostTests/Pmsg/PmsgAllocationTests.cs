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

            // The least of a few rounds: the runtime now and then charges its own work (JIT tiering) to the
            // thread while other tests load the machine; an allocation of the ring shows in every round.
            long normal = HeapMeter.LeastAllocated(() =>
            {
                for (int i = 0; i < 2000; i++)
                {
                    ring.Write(data, i % 50, 1 + (i * 97) % 2900, false);
                }
            }, 3);

            int kept = 0;
            long panic = HeapMeter.LeastAllocated(() =>
            {
                for (int i = 0; i < 50; i++)
                {
                    kept += ring.Write(data, 0, 1 + (i * 31) % 200, true);
                }
            }, 3);

            OutputHelper.WriteLine("allocated: " + normal + " bytes over 2000 writes, " + panic + " bytes over 50 panic writes");
            Assert.AreEqual(0L, normal, "bytes allocated by 2000 writes");
            Assert.AreEqual(0L, panic, "bytes allocated by panic writes");
            Assert.IsTrue(kept > 0);
        }
    }
}

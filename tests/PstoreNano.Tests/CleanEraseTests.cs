using nanoFramework.TestFramework;
using PstoreNano.Testing;
using PstoreNano.Zones;

namespace PstoreNano.Tests
{
    [TestClass]
    public class CleanEraseTests
    {
        [TestMethod]
        public void HeadersProgramOverTheMarker()
        {
            // A program only clears bits: the pmsg segment magic and the dmesg signature must be subsets.
            const uint segmentMagic = 0x47534E50;
            const uint dmesgSignature = 0x43474244;
            Assert.IsTrue((CleanErase.Marker & segmentMagic) == segmentMagic);
            Assert.IsTrue((CleanErase.Marker & dmesgSignature) == dmesgSignature);
            Assert.IsTrue(CleanErase.Marker != 0xFFFFFFFF && CleanErase.Marker != 0);
        }

        [TestMethod]
        public void ErasedRegionIsCleanUntilSomethingIsProgrammed()
        {
            MemoryFlashDevice flash = new MemoryFlashDevice(16384, 256, 4096, "n");
            byte[] scratch = new byte[256];
            Assert.IsFalse(CleanErase.IsClean(flash, 4096, 8192, scratch), "factory-fresh flash proves nothing");
            CleanErase.Erase(flash, 4096, 8192, new byte[4]);
            Assert.IsTrue(CleanErase.IsClean(flash, 4096, 8192, scratch));
            Assert.AreEqual(2L, flash.EraseOps);
            flash.Program(4096 + 5000, new byte[] { 0x7F }, 0, 1);
            Assert.IsFalse(CleanErase.IsClean(flash, 4096, 8192, scratch));
        }

        [TestMethod]
        public void ACutAnywhereInTheProtocolLeavesTheRegionNotClean()
        {
            // A region holding a record: zero its first word, erase, mark. Cut at every step before the
            // marker is complete: never clean, and no header survives at the start.
            MemoryFlashDevice reference = Holding();
            CleanErase.Erase(reference, 0, 4096, new byte[4]);
            long steps = reference.Steps;
            for (long cut = 0; cut < steps; cut++)
            {
                MemoryFlashDevice flash = Holding();
                flash.CutAfter(cut);
                Assert.ThrowsException(typeof(PowerCutException), () => CleanErase.Erase(flash, 0, 4096, new byte[4]));
                flash.PowerOn();
                Assert.IsFalse(CleanErase.IsClean(flash, 0, 4096, new byte[256]), "cut " + cut);
                // Cut 0 is before the protocol changed anything: the record is still there, as it should be.
                bool magic = flash.Data[0] == 0x50 && flash.Data[1] == 0x4E && flash.Data[2] == 0x53 && flash.Data[3] == 0x47;
                Assert.IsTrue(magic == (cut == 0), "cut " + cut + ": the segment magic " + (magic ? "survived" : "is gone"));
            }
        }

        private static MemoryFlashDevice Holding()
        {
            MemoryFlashDevice flash = new MemoryFlashDevice(8192, 256, 4096, "n");
            flash.Program(0, new byte[] { 0x50, 0x4E, 0x53, 0x47, 1, 2, 3 }, 0, 7);
            flash.ResetCounters();
            return flash;
        }
    }
}

using System.Collections;
using nanoFramework.TestFramework;
using PstoreNano.Zones.Pmsg;
using PstoreNano.Records;
using PstoreNano.Testing;
using PstoreNano.Zones;

namespace PstoreNano.Tests
{
    [TestClass]
    public class PmsgWrapTests
    {
        [TestMethod]
        public void WrapAcrossBootsKeepsAnExactSuffix()
        {
            MemoryFlashDevice device = PmsgKit.NewDevice(4);
            PmsgModel model = new PmsgModel();
            int seed = 0;
            for (uint boot = 0; boot < 6; boot++)
            {
                PmsgRing ring = PmsgKit.Mount(device);
                Assert.AreEqual(boot, ring.BootNumber);
                for (int i = 0; i < 15; i++)
                {
                    int size = 1 + (seed * 37) % 600;
                    byte[] data = PmsgKit.Pattern(size, seed++);
                    Assert.AreEqual(size, ring.Write(data, 0, size, false));
                    model.Add(data, boot);
                }

                // The newest writes must survive: well under the (segments - 2) sealed segments.
                string error = model.Check(PmsgKit.Mount(device), device.Name, model.Count - 10);
                Assert.IsNull(error, error);
            }

            Assert.IsTrue(PmsgKit.List(PmsgKit.Mount(device)).Count >= 2, "earlier boots survive wrap");
        }

        [TestMethod]
        public void ErasingARecordDeletesItAndEarlierBootsAcrossRemount()
        {
            MemoryFlashDevice device = PmsgKit.NewDevice(4);
            PmsgModel model = new PmsgModel();
            for (uint boot = 0; boot < 4; boot++)
            {
                PmsgRing ring = PmsgKit.Mount(device);
                byte[] data = PmsgKit.Pattern(200, (int)boot);
                ring.Write(data, 0, 200, false);
                model.Add(data, boot);
            }

            PmsgRing mounted = PmsgKit.Mount(device);
            ArrayList records = PmsgKit.List(mounted);
            Assert.AreEqual(4, records.Count);
            long erases = device.EraseOps;
            mounted.Erase((PstoreRecord)records[1]);
            Assert.AreEqual(erases, device.EraseOps, "erasing a record appends a trim marker, no flash erase");
            model.TrimThrough(1);
            string error = model.Check(mounted, device.Name, model.Trimmed);
            Assert.IsNull(error, error);

            PmsgRing again = PmsgKit.Mount(device);
            Assert.AreEqual(2, PmsgKit.List(again).Count);
            error = model.Check(again, device.Name, model.Trimmed);
            Assert.IsNull(error, error);
            byte[] more = PmsgKit.Pattern(30, 99);
            again.Write(more, 0, 30, false);
            model.Add(more, again.BootNumber);
            error = model.Check(PmsgKit.Mount(device), device.Name, model.Trimmed);
            Assert.IsNull(error, error);
        }

        [TestMethod]
        public void EraseAllSurvivesRemountAndNewWritesShow()
        {
            MemoryFlashDevice device = PmsgKit.NewDevice(4);
            PmsgRing ring = PmsgKit.Mount(device);
            ring.Write(PmsgKit.Pattern(5000, 1), 0, 5000, false);
            ring.EraseAll();
            Assert.AreEqual(0, PmsgKit.List(ring).Count);

            PmsgRing again = PmsgKit.Mount(device);
            Assert.AreEqual(0, PmsgKit.List(again).Count);
            Assert.AreEqual(1, (int)again.BootNumber);
            byte[] data = PmsgKit.Pattern(10, 2);
            again.Write(data, 0, 10, false);
            ArrayList records = PmsgKit.List(PmsgKit.Mount(device));
            Assert.AreEqual(1, records.Count);
            Assert.AreEqual("pmsg-pstore_mem-1", ((PstoreRecord)records[0]).Name);
        }

        [TestMethod]
        public void PanicWritesNeverErase()
        {
            MemoryFlashDevice device = PmsgKit.NewDevice(4);
            PmsgRing ring = PmsgKit.Mount(device);
            ring.Write(PmsgKit.Pattern(4000, 1), 0, 4000, false);
            long erases = device.EraseOps;
            byte[] crash = PmsgKit.Pattern(3000, 2);
            Assert.AreEqual(3000, ring.Write(crash, 0, 3000, true));
            byte[] more = PmsgKit.Pattern(8000, 3);
            int kept = ring.Write(more, 0, more.Length, true);
            Assert.IsTrue(kept < more.Length, "a panic write keeps only what fits without erasing");
            Assert.AreEqual(erases, device.EraseOps);

            PmsgModel model = new PmsgModel();
            model.Add(PmsgKit.Pattern(4000, 1), 0);
            model.Add(crash, 0);
            if (kept > 0)
            {
                byte[] tail = new byte[kept];
                System.Array.Copy(more, more.Length - kept, tail, 0, kept);
                model.Add(tail, 0);
            }

            string error = model.Check(PmsgKit.Mount(device), device.Name, 0);
            Assert.IsNull(error, error);
        }

        [TestMethod]
        public void NormalWritesAfterAPanicWriteEraseAheadAgain()
        {
            MemoryFlashDevice device = PmsgKit.NewDevice(4);
            PmsgRing ring = PmsgKit.Mount(device);
            PmsgModel model = new PmsgModel();
            // Two bytes short of one segment's capacity: the panic write fills the head's room and one more segment.
            int size = 4096 - PmsgFormat.SegmentHeaderSize - PmsgFormat.ChunkHeaderSize - 2;
            byte[] crash = PmsgKit.Pattern(size, 1);
            Assert.AreEqual(size, ring.Write(crash, 0, crash.Length, true));
            model.Add(crash, 0);
            for (int i = 0; i < 12; i++)
            {
                byte[] data = PmsgKit.Pattern(1500, i + 2);
                Assert.AreEqual(1500, ring.Write(data, 0, data.Length, false));
                model.Add(data, 0);
            }

            string error = model.Check(PmsgKit.Mount(device), device.Name, model.Count - 5);
            Assert.IsNull(error, error);
        }
    }
}

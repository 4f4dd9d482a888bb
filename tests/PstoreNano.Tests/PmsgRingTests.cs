using System.Collections;
using nanoFramework.TestFramework;
using PstoreNano.Zones.Pmsg;
using PstoreNano.Records;
using PstoreNano.Testing;
using PstoreNano.Zones;

namespace PstoreNano.Tests
{
    [TestClass]
    public class PmsgRingTests
    {
        [TestMethod]
        public void EmptyRingMountsWithNoRecords()
        {
            MemoryFlashDevice device = PmsgKit.NewDevice(4);
            MountReport report = new MountReport();
            PmsgRing ring = PmsgKit.Mount(device, report);
            Assert.AreEqual(0, PmsgKit.List(ring).Count);
            Assert.AreEqual(0, (int)ring.BootNumber);
            Assert.AreEqual(0, report.PmsgSegments);
            Assert.AreEqual(0, report.PmsgCorruptChunks);
            // A factory-fresh segment carries no clean-erase marker: the first mount erases the one ahead.
            Assert.AreEqual(1, report.ErasesAtMount);
            Assert.AreEqual(3 * (4096 - PmsgFormat.SegmentHeaderSize - PmsgFormat.ChunkHeaderSize), ring.MaxWriteSize);
        }

        [TestMethod]
        public void WriteRemountReadsExactBytes()
        {
            MemoryFlashDevice device = PmsgKit.NewDevice(4);
            PmsgRing ring = PmsgKit.Mount(device);
            byte[] a = PmsgKit.Pattern(100, 1);
            byte[] b = PmsgKit.Pattern(333, 2);
            Assert.AreEqual(100, ring.Write(a, 0, 100, false));
            Assert.AreEqual(333, ring.Write(b, 0, 333, false));

            MountReport report = new MountReport();
            PmsgRing again = PmsgKit.Mount(device, report);
            Assert.AreEqual(1, (int)again.BootNumber);
            ArrayList records = PmsgKit.List(again);
            Assert.AreEqual(1, records.Count);
            PstoreRecord r = (PstoreRecord)records[0];
            Assert.AreEqual("pmsg-pstore_mem-0", r.Name);
            Assert.AreEqual(RecordType.Pmsg, r.Type);
            Assert.AreEqual(0, r.Id);
            Assert.AreEqual(433, r.Size);
            Assert.AreEqual(433, report.PmsgBytes);
            byte[] expected = new byte[433];
            System.Array.Copy(a, 0, expected, 0, 100);
            System.Array.Copy(b, 0, expected, 100, 333);
            CollectionAssert.AreEqual(expected, PmsgKit.ReadRecord(again, r, 50));
        }

        [TestMethod]
        public void WritesOfEverySizeUpToTwoPagesReadBack()
        {
            // 1..512 bytes: every chunk-header position inside a page, many segment ends.
            int[] sizes = new int[512];
            for (int i = 0; i < sizes.Length; i++)
            {
                sizes[i] = i + 1;
            }

            WriteRemountAndCheck(64, sizes);
        }

        [TestMethod]
        public void WriteSpanningSegmentEndsReadsBack()
        {
            WriteRemountAndCheck(4, new int[] { 4000, 300, 5000, 17, 1 });
        }

        [TestMethod]
        public void WriteLargerThanTheRingKeepsItsTail()
        {
            MemoryFlashDevice device = PmsgKit.NewDevice(4);
            PmsgRing ring = PmsgKit.Mount(device);
            ring.Write(PmsgKit.Pattern(700, 9), 0, 700, false);
            byte[] big = PmsgKit.Pattern(ring.MaxWriteSize * 2 + 5, 3);
            Assert.AreEqual(ring.MaxWriteSize, ring.Write(big, 0, big.Length, false));

            PmsgRing again = PmsgKit.Mount(device);
            ArrayList records = PmsgKit.List(again);
            Assert.AreEqual(1, records.Count);
            byte[] read = PmsgKit.ReadRecord(again, (PstoreRecord)records[0], 1000);
            byte[] tail = new byte[again.MaxWriteSize];
            System.Array.Copy(big, big.Length - tail.Length, tail, 0, tail.Length);
            CollectionAssert.AreEqual(tail, read);
        }

        [TestMethod]
        public void EachBootGetsTheNextNumberAndItsOwnRecord()
        {
            MemoryFlashDevice device = PmsgKit.NewDevice(4);
            PmsgModel model = new PmsgModel();
            for (uint boot = 0; boot < 5; boot++)
            {
                PmsgRing ring = PmsgKit.Mount(device);
                Assert.AreEqual(boot, ring.BootNumber);
                byte[] data = PmsgKit.Pattern(50 + (int)boot, (int)boot);
                ring.Write(data, 0, data.Length, false);
                model.Add(data, boot);
            }

            PmsgRing last = PmsgKit.Mount(device);
            Assert.AreEqual(5, (int)last.BootNumber);
            Assert.AreEqual(5, PmsgKit.List(last).Count);
            string error = model.Check(last, device.Name, 0);
            Assert.IsNull(error, error);
        }

        [TestMethod]
        public void ReadAtAnyPositionReturnsTheRightBytes()
        {
            MemoryFlashDevice device = PmsgKit.NewDevice(4);
            PmsgRing ring = PmsgKit.Mount(device);
            byte[] data = PmsgKit.Pattern(6000, 4);
            ring.Write(data, 0, 3000, false);
            ring.Write(data, 3000, 3000, false);
            PstoreRecord r = (PstoreRecord)PmsgKit.List(ring)[0];
            byte[] buffer = new byte[10];
            int[] positions = new int[] { 5990, 0, 2995, 4096, 1 };
            for (int i = 0; i < positions.Length; i++)
            {
                Assert.AreEqual(10, ring.Read(r, positions[i], buffer, 0, 10));
                for (int j = 0; j < 10; j++)
                {
                    Assert.AreEqual(data[positions[i] + j], buffer[j]);
                }
            }

            Assert.AreEqual(0, ring.Read(r, 6000, buffer, 0, 10));
        }

        private static void WriteRemountAndCheck(int segments, int[] sizes)
        {
            MemoryFlashDevice device = PmsgKit.NewDevice(segments);
            PmsgRing ring = PmsgKit.Mount(device);
            PmsgModel model = new PmsgModel();
            for (int i = 0; i < sizes.Length; i++)
            {
                byte[] data = PmsgKit.Pattern(sizes[i], i);
                Assert.AreEqual(sizes[i], ring.Write(data, 0, sizes[i], false));
                model.Add(data, 0);
            }

            string error = model.Check(PmsgKit.Mount(device), device.Name, 0);
            Assert.IsNull(error, error);
        }
    }
}

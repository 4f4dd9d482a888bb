using nanoFramework.TestFramework;
using PstoreNano.Zones.Pmsg;
using PstoreNano.Records;
using PstoreNano.Testing;
using PstoreNano.Zones;

namespace PstoreNano.Tests
{
    [TestClass]
    public class PmsgCostTests
    {
        [TestMethod]
        public void EachWriteCostsAtMostOnePageProgramBeyondItsPayloadPages()
        {
            int[] sizes = new int[] { 16, 64, 256, 1024 };
            for (int s = 0; s < sizes.Length; s++)
            {
                int size = sizes[s];
                MemoryFlashDevice flash = PmsgKit.NewDevice(8);
                WatchedDevice device = new WatchedDevice(flash, 0, flash.Size);
                PmsgRing ring = PmsgKit.Mount(device);
                byte[] data = PmsgKit.Pattern(size, size);
                int writes = 200;
                long total = 0;
                long worstExtra = 0;
                int checkedWrites = 0;
                for (int i = 0; i < writes; i++)
                {
                    long erasesBefore = device.Flash.EraseOps;
                    long pagesBefore = device.Flash.PagePrograms;
                    device.StartSpan();
                    Assert.AreEqual(size, ring.Write(data, 0, size, false));
                    long pages = device.Flash.PagePrograms - pagesBefore;
                    total += pages;
                    if (device.Flash.EraseOps != erasesBefore)
                    {
                        // A write that opens a segment also programs its header and is split in two chunks.
                        continue;
                    }

                    // One chunk: header at the span's start, payload right after it to the span's end.
                    int payloadStart = device.SpanStart + 16;
                    int payloadPages = (device.SpanEnd - 1) / 256 - payloadStart / 256 + 1;
                    long extra = pages - payloadPages;
                    worstExtra = extra > worstExtra ? extra : worstExtra;
                    checkedWrites++;
                }

                OutputHelper.WriteLine(size + "-byte writes: " + ((double)total / writes).ToString("F2") +
                    " page programs per write on average (segment opens included), at most " + worstExtra +
                    " beyond the payload's pages over " + checkedWrites + " single-chunk writes");
                Assert.IsTrue(checkedWrites > writes / 2);
                Assert.IsTrue(worstExtra <= 1, size + "-byte write used " + worstExtra + " extra page programs");
            }
        }

        [TestMethod]
        public void MountReadsScaleWithSegmentCountNotBytesStored()
        {
            int[] counts = new int[] { 8, 64 };
            for (int c = 0; c < counts.Length; c++)
            {
                int segments = counts[c];
                MemoryFlashDevice device = PmsgKit.NewDevice(segments);
                PmsgRing ring = PmsgKit.Mount(device);
                byte[] data = PmsgKit.Pattern(100, 1);
                for (int i = 0; i < segments * 60; i++)
                {
                    ring.Write(data, 0, data.Length, false);
                }

                device.ResetCounters();
                PmsgKit.Mount(device);
                // Every header, the chain's headers again on the walk back, the head and the segment after it.
                long limit = segments * 2L * PmsgFormat.SegmentHeaderSize + PmsgFormat.SegmentHeaderSize + 2 * 4096;
                OutputHelper.WriteLine(segments + " segments: mount read " + device.BytesRead + " bytes (limit " + limit + ")");
                Assert.IsTrue(device.BytesRead <= limit, "mount read " + device.BytesRead + " bytes");
            }
        }

        [TestMethod]
        public void ReadRightAfterAListingReadsEachPayloadByteOnce()
        {
            MemoryFlashDevice device = PmsgKit.NewDevice(8);
            PmsgRing ring = PmsgKit.Mount(device);
            for (int i = 0; i < 200; i++)
            {
                byte[] data = PmsgKit.Pattern(100 + i % 150, i);
                ring.Write(data, 0, data.Length, false);
            }

            // The listing CRC-checked every write and nothing changed since: one payload read, plus headers.
            PmsgRing again = PmsgKit.Mount(device);
            PstoreRecord record = (PstoreRecord)PmsgKit.List(again)[0];
            device.ResetCounters();
            PmsgKit.ReadRecord(again, record, 512);
            long fresh = device.BytesRead;
            OutputHelper.WriteLine("reading " + record.Size + " bytes after the listing read " + fresh + " bytes (" +
                (fresh * 100 / record.Size) + " %)");
            // Each payload byte once; each chunk header at most twice (the completeness peek, then the copy).
            long once = record.Size + 2L * PmsgFormat.ChunkHeaderSize * (200 + 8) + 16 * PmsgFormat.SegmentHeaderSize;
            Assert.IsTrue(fresh <= once, "read " + fresh + " bytes for a " + record.Size + "-byte record (limit " + once + ")");

            // After a trim the listing no longer vouches for the record: it is walked and checked again, and
            // reads as what is left of it (nothing: the erase took it).
            again.Write(PmsgKit.Pattern(10, 1), 0, 10, false);
            again.Erase((PstoreRecord)PmsgKit.List(again)[0]);
            Assert.AreEqual(0, again.Read(record, 0, new byte[512], 0, 512), "the erased record reads empty");
        }
    }
}

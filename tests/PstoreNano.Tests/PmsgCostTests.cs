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
        public void SequentialReadOfARecordReadsEachByteAboutTwice()
        {
            MemoryFlashDevice device = PmsgKit.NewDevice(8);
            PmsgRing ring = PmsgKit.Mount(device);
            for (int i = 0; i < 200; i++)
            {
                byte[] data = PmsgKit.Pattern(1 + i % 150, i);
                ring.Write(data, 0, data.Length, false);
            }

            PmsgRing again = PmsgKit.Mount(device);
            PstoreRecord record = (PstoreRecord)PmsgKit.List(again)[0];
            device.ResetCounters();
            PmsgKit.ReadRecord(again, record, 64);
            // Once to check each write's CRC before showing it, once to copy it out, plus chunk headers.
            long limit = 2L * record.Size + 4 * 16 * 200 + 8 * PmsgFormat.SegmentHeaderSize;
            OutputHelper.WriteLine("reading " + record.Size + " bytes read " + device.BytesRead + " bytes (limit " + limit + ")");
            Assert.IsTrue(device.BytesRead <= limit, "read " + device.BytesRead + " bytes for a " + record.Size + "-byte record");
        }
    }
}

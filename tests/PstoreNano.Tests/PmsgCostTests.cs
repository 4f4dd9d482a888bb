using nanoFramework.TestFramework;
using PstoreNano.Devices;
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
    }
}

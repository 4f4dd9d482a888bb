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
                ProgramSpanDevice device = new ProgramSpanDevice(PmsgKit.NewDevice(8));
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

    /// <summary>Passes through to a flash device and remembers the address span programmed since StartSpan.</summary>
    internal sealed class ProgramSpanDevice : IZoneDevice
    {
        public ProgramSpanDevice(MemoryFlashDevice flash)
        {
            Flash = flash;
        }

        public MemoryFlashDevice Flash;

        public int SpanStart;

        public int SpanEnd;

        public string Name { get { return Flash.Name; } }

        public int Size { get { return Flash.Size; } }

        public int PageSize { get { return Flash.PageSize; } }

        public int EraseSize { get { return Flash.EraseSize; } }

        public bool EraseBeforeProgram { get { return true; } }

        public void StartSpan()
        {
            SpanStart = int.MaxValue;
            SpanEnd = 0;
        }

        public void Read(int address, byte[] buffer, int offset, int count)
        {
            Flash.Read(address, buffer, offset, count);
        }

        public void Program(int address, byte[] buffer, int offset, int count)
        {
            SpanStart = address < SpanStart ? address : SpanStart;
            SpanEnd = address + count > SpanEnd ? address + count : SpanEnd;
            Flash.Program(address, buffer, offset, count);
        }

        public void Erase(int address, int count)
        {
            Flash.Erase(address, count);
        }

        public void PanicTakeOver()
        {
        }
    }
}

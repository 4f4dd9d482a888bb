using System;
using PstoreNano.Records;
using PstoreNano.Simulators.Nor;
using PstoreNano.Zones;

namespace PstoreNano.Tool
{
    /// <summary>
    /// (a) A panic dump that fills a 4 KiB dmesg zone on pre-erased NOR at 20 MHz, typical and maximum timing,
    /// against the chip's own time for the bytes stored; with the erases and heap bytes of the dump.
    /// </summary>
    public static class BenchDump
    {
        private const int PartitionSize = 64 * 1024;
        private const uint DmesgSignature = 0x43474244;

        /// <summary>Heap bytes the last measured typical-timing dump allocated (reported again in (e)).</summary>
        public static long HeapBytes { get; private set; } = -1;

        public static BenchTable Run()
        {
            BenchTable t = new BenchTable("(a) 4 KiB panic dump on pre-erased NOR, W25Q128JV at 20 MHz",
                "timing", "bytes stored", "page programs", "erases", "heap bytes", "modeled time", "bound", "time/bound", "target");
            foreach (NorTimingMode mode in new[] { NorTimingMode.Typical, NorTimingMode.Maximum })
            {
                Measure(mode);
                DumpResult r = Measure(mode);
                NorBound bound = new NorBound(NorChipModel.W25Q128JV(), mode, NorStack.ClockHz);
                long boundNs = bound.ProgramNs(r.ZoneOffset, r.Extent);
                double ratio = (double)r.Nanoseconds / boundNs;
                bool pass = r.Stored && ratio <= 1.05 && r.Erases == 0 && r.Heap == 0;
                t.Row(pass, mode == NorTimingMode.Typical ? "typ" : "max", r.Extent.ToString(), r.PagePrograms.ToString(),
                    r.Erases.ToString(), r.Heap.ToString(), ChipMeter.Time(r.Nanoseconds), ChipMeter.Time(boundNs),
                    ratio.ToString("F3"));
                if (mode == NorTimingMode.Typical)
                {
                    HeapBytes = r.Heap;
                }
            }

            t.Note("bound = one page program per 256-byte page of the record (min(tPP, tBP1 + tBP2 x (n-1))) + its wire time");
            t.Note("(opcode, address, data at 20 MHz); target: time <= 1.05 x bound, 0 erases, 0 heap bytes during Dump()");
            return t;
        }

        private static DumpResult Measure(NorTimingMode mode)
        {
            NorStack stack = BenchSetup.Stack(PartitionSize, mode);
            Pstore store = BenchSetup.Mount(stack);
            for (int i = 0; store.Kmsg.Length < store.Kmsg.Capacity - 200; i++)
            {
                store.Kmsg.AppendLine("greenhouse: sensor " + (i % 8) + " soil moisture " + (30 + i % 40) + " %, valve " + (i % 3) + " closed");
            }

            string type = "System.InvalidOperationException";
            string message = "pump controller lost its I2C bus";
            string trace = "   at Greenhouse.Pump.Run()\n   at Greenhouse.Program.Main()";
            DumpResult r = new DumpResult();
            ChipMeter meter = new ChipMeter(stack.Chip);
            long heap = GC.GetAllocatedBytesForCurrentThread();
            r.Stored = store.Dump(DumpReason.Panic, type, message, trace);
            r.Heap = GC.GetAllocatedBytesForCurrentThread() - heap;
            r.Nanoseconds = meter.Nanoseconds;
            r.PagePrograms = meter.PagePrograms;
            r.Erases = meter.Erases;
            FindRecord(store, r);
            return r;
        }

        // The zone whose header now carries the dmesg signature: its 12-byte header plus datalen bytes.
        private static void FindRecord(Pstore store, DumpResult r)
        {
            byte[] header = new byte[12];
            for (int i = 0; i < store.Layout.DmesgZoneCount; i++)
            {
                int offset = store.Layout.DmesgZoneOffset(i);
                store.Device.Read(offset, header, 0, header.Length);
                if (LittleEndian.ReadUInt32(header, 0) == DmesgSignature)
                {
                    r.ZoneOffset = offset;
                    r.Extent = 12 + LittleEndian.ReadInt32(header, 4);
                }
            }
        }

        private sealed class DumpResult
        {
            public long Nanoseconds;
            public long PagePrograms;
            public long Erases;
            public bool Stored;
            public long Heap;
            public int ZoneOffset;
            public int Extent;
        }
    }
}

using PstoreNano.Simulators.Nor;

namespace PstoreNano.Tool
{
    /// <summary>(d) Mount time and bytes read for empty, half-full and full partitions of 64 KiB to 4 MiB.</summary>
    public static class BenchMount
    {
        // Writes that fill the rings: large, so filling 4 MiB stays quick.
        private const int FillWrite = 1024;

        public static BenchTable Run(bool smoke)
        {
            int[] sizes = smoke ? new[] { 64 << 10, 256 << 10 } : new[] { 64 << 10, 256 << 10, 1 << 20, 4 << 20 };
            BenchTable t = new BenchTable("(d) mount on NOR (typical timing): time and bytes read",
                "partition", "segments", "fill", "pmsg bytes", "mount time", "bytes read", "read cmds", "erases", "bound", "target");
            foreach (int size in sizes)
            {
                int segments = (size - BenchSetup.DmesgZones * BenchSetup.ZoneSize) / BenchSetup.ZoneSize;
                // What mount may read: every segment header twice (the search for the head, the walk back over
                // the live chain; at most 32 bytes each), the head segment, the one after it, and each dmesg
                // zone; never the bytes stored in the other segments.
                long bound = 64L * segments + (2 + BenchSetup.DmesgZones) * (long)BenchSetup.ZoneSize;
                foreach (string fill in new[] { "empty", "half", "full" })
                {
                    NorStack stack = BenchSetup.Stack(size, NorTimingMode.Typical);
                    Pstore store = BenchSetup.Mount(stack);
                    long target = fill == "empty" ? 0 : fill == "half" ? (long)segments * BenchSetup.ZoneSize / 2 : (long)segments * BenchSetup.ZoneSize * 3 / 2;
                    for (int i = 0; (long)i * FillWrite < target; i++)
                    {
                        byte[] data = BenchSetup.Payload(FillWrite, i);
                        store.WritePmsg(data, 0, data.Length);
                    }

                    stack.Reboot();
                    ChipMeter meter = new ChipMeter(stack.Chip);
                    store = BenchSetup.Mount(stack);
                    long read = meter.BytesRead;
                    long ns = meter.Nanoseconds;
                    long commands = meter.ReadCommands;
                    long erases = meter.Erases;
                    t.Row(read <= bound, BenchSetup.Kib(size), segments.ToString(), fill, PmsgBytes(store).ToString(),
                        ChipMeter.Time(ns), read.ToString(), commands.ToString(), erases.ToString(), bound.ToString());
                }
            }

            t.Note("bound = 2 x 32 B per segment (head search, then the walk back over the live chain) + the head segment + the");
            t.Note("segment after it + the dmesg zones; mount reads grow with the segment count, not with the bytes stored");
            return t;
        }

        private static long PmsgBytes(Pstore store)
        {
            long total = 0;
            foreach (PstoreNano.Records.PstoreRecord r in store.ListRecords())
            {
                if (r.Type == PstoreNano.Records.RecordType.Pmsg)
                {
                    total += r.Size;
                }
            }

            return total;
        }
    }
}

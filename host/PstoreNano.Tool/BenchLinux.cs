using System.Collections.Generic;
using PstoreNano.Simulators.Nor;

namespace PstoreNano.Tool
{
    /// <summary>(f) The pmsg workload of (b) under Linux pstore/zone's algorithm, on the same chip model.</summary>
    public static class BenchLinux
    {
        public static BenchTable Run(List<PmsgAppendRun> ours, long pstoreMountRam)
        {
            BenchTable t = new BenchTable("(f) the same pmsg writes under Linux pstore/zone's algorithm (cost model, same chip and timing)",
                "write", "records", "page programs", "erases", "bytes programmed", "time/record", "PstoreNano", "Linux/ours",
                "erases/MiB", "ours/MiB", "RAM", "ours RAM");
            foreach (PmsgAppendRun run in ours)
            {
                int zoneSize = BenchSetup.Config(PmsgAppendRun.PartitionSize).PmsgSize;
                NorStack stack = BenchSetup.Stack(PmsgAppendRun.PartitionSize, NorTimingMode.Typical);
                LinuxPmsgModel linux = new LinuxPmsgModel(stack.Reboot(), zoneSize);
                ChipMeter meter = new ChipMeter(stack.Chip);
                for (int i = 0; i < run.Writes; i++)
                {
                    byte[] data = BenchSetup.Payload(run.Size, i);
                    linux.Write(data, 0, data.Length);
                }

                double mib = run.PayloadBytes / 1048576.0;
                double linuxTime = (double)meter.Nanoseconds / run.Writes;
                t.Row(null, run.Size + " B", run.Writes.ToString(), ((double)meter.PagePrograms / run.Writes).ToString("F2"),
                    ((double)meter.Erases / run.Writes).ToString("F2"), ((double)meter.BytesProgrammed / run.Writes).ToString("F0"),
                    ChipMeter.Time(linuxTime), ChipMeter.Time(run.PerWrite(run.Nanoseconds)),
                    (linuxTime / run.PerWrite(run.Nanoseconds)).ToString("F0") + "x", (meter.Erases / mib).ToString("F0"),
                    (run.Erases / mib).ToString("F0"), linux.RamBytes.ToString(), pstoreMountRam.ToString());
            }

            t.Note("Linux: per record the data at the ring position + the 12-byte psz_buffer header rewritten at zone offset 0;");
            t.Note("on NOR a rewrite in place is counted as an erase of its 4 KiB sector + a re-program of the sector from the");
            t.Note("RAM mirror (so is a data write over old data once the ring has wrapped). RAM = the zone's kzalloc'd mirror;");
            t.Note("ours RAM = bytes allocated by Pstore.Mount for the whole partition (from (e)).");
            return t;
        }
    }
}

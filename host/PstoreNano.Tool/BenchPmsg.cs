using System;
using System.Collections.Generic;

namespace PstoreNano.Tool
{
    /// <summary>(b) pmsg appends of 16, 64, 256 and 1024 bytes, and (c) erases per MiB logged.</summary>
    public static class BenchPmsg
    {
        public static readonly int[] Sizes = { 16, 64, 256, 1024 };

        public static List<PmsgAppendRun> Measure(bool smoke)
        {
            List<PmsgAppendRun> runs = new List<PmsgAppendRun>();
            foreach (int size in Sizes)
            {
                runs.Add(PmsgAppendRun.Run(size, smoke ? 32 * 1024 : 256 * 1024));
            }

            return runs;
        }

        public static BenchTable Appends(List<PmsgAppendRun> runs)
        {
            BenchTable t = new BenchTable("(b) pmsg appends on NOR (52 KiB ring, typical timing), per write",
                "write", "writes", "page programs", "payload pages", "max extra", "writes opening a segment", "their max extra",
                "bytes programmed", "erases", "modeled time", "bound", "time/bound", "target");
            foreach (PmsgAppendRun r in runs)
            {
                double extra = r.PerWrite(r.PagePrograms - r.PayloadPages);
                t.Row(extra <= 1 && r.MaxExtraPrograms <= 1 && r.MaxExtraOpening <= 1, r.Size + " B", r.Writes.ToString(),
                    r.PerWrite(r.PagePrograms).ToString("F2"), r.PerWrite(r.PayloadPages).ToString("F2"), r.MaxExtraPrograms.ToString(),
                    r.OpeningWrites + " (" + r.OpeningOverTarget + " > 1)", r.MaxExtraOpening.ToString(), r.PerWrite(r.BytesProgrammed).ToString("F1"),
                    r.PerWrite(r.Erases).ToString("F4"), ChipMeter.Time(r.PerWrite(r.Nanoseconds)),
                    ChipMeter.Time(r.PerWrite(r.BoundNanoseconds)), ((double)r.Nanoseconds / r.BoundNanoseconds).ToString("F2"));
            }

            t.Note("payload pages = the 256-byte pages the write's payload bytes land on; max extra = the most page programs one");
            t.Note("write made beyond its payload pages: first for writes inside a segment (a chunk header alone in a page), then");
            t.Note("for writes that open a segment (the 28-byte segment header goes out with the first chunk; the two 4-byte");
            t.Note("programs of the clean-erase protocol count with the erase-ahead, not the write; \"> 1\" counts writes over 1).");
            t.Note("target: at most 1 page program beyond the payload's pages for every write, and on average");
            t.Note("bound = programming the payload alone (its pages + wire) + its share of a sector erase (tSE x bytes / 4096)");
            return t;
        }

        public static BenchTable Erases(List<PmsgAppendRun> runs)
        {
            BenchTable t = new BenchTable("(c) erases per MiB logged (bound: MiB / 4 KiB = 256)",
                "write", "MiB logged", "MiB programmed", "erases", "per MiB logged", "per MiB programmed", "bound", "target");
            foreach (PmsgAppendRun r in runs)
            {
                double logged = r.PayloadBytes / 1048576.0;
                double programmed = r.BytesProgrammed / 1048576.0;
                double perProgrammed = r.Erases / programmed;
                bool oneErasePerSegment = r.Erases <= r.BytesProgrammed / (double)r.SegmentSize * 1.01 + 1;
                t.Row(oneErasePerSegment, r.Size + " B", logged.ToString("F3"), programmed.ToString("F3"),
                    r.Erases.ToString(), (r.Erases / logged).ToString("F1"), perProgrammed.ToString("F1"), "256");
            }

            t.Note("target: one sector erase per 4 KiB segment the ring fills (erases <= 1.01 x programmed / 4 KiB + the one");
            t.Note("erase-ahead that runs a segment in front). Per MiB logged is higher by the 16-byte chunk header every");
            t.Note("write carries and the 28-byte segment headers (see bytes programmed in (b)).");
            long volume = runs.Count > 0 ? runs[0].PayloadBytes : 0;
            double buffered = BenchBuffered.ErasesPerMiBLogged(16, volume);
            t.Note("With a " + BenchBuffered.BufferBytes + "-byte write-back buffer (CONFIG_PSTORENANO_PMSG_BUFFER_SIZE) the same 16 B");
            t.Note("writes cost " + buffered.ToString("F1") + " erases per MiB logged: the buffer batches them into full chunks.");
            return t;
        }
    }
}

using System;
using PstoreNano.Simulators.Nor;

namespace PstoreNano.Tool
{
    /// <summary>
    /// pmsg appends of one size through the engine on the NOR stack, measured per write: page programs beyond
    /// the pages the payload itself touches, bytes programmed, erases and modeled time, with the chip's own
    /// time for the payload (its pages, plus its share of a sector erase) as the bound.
    /// </summary>
    public sealed class PmsgAppendRun
    {
        /// <summary>Partition of the pmsg runs: 52 KiB ring (13 segments) and three dmesg zones.</summary>
        public const int PartitionSize = 64 * 1024;

        public int Size { get; private set; }
        public int Writes { get; private set; }
        public long PayloadBytes { get; private set; }
        public long PagePrograms { get; private set; }
        public long PayloadPages { get; private set; }
        /// <summary>Most page programs beyond its payload pages of a write that stayed inside one segment.</summary>
        public int MaxExtraPrograms { get; private set; }

        /// <summary>Writes that opened a segment (programmed its header).</summary>
        public int OpeningWrites { get; private set; }

        /// <summary>Most page programs beyond its payload pages of a write that opened a segment.</summary>
        public int MaxExtraOpening { get; private set; }

        /// <summary>Writes that opened a segment and took more than one extra page program.</summary>
        public int OpeningOverTarget { get; private set; }
        public long BytesProgrammed { get; private set; }
        public long Erases { get; private set; }
        public long Nanoseconds { get; private set; }
        public long BoundNanoseconds { get; private set; }
        public int SegmentSize { get; private set; }

        public static PmsgAppendRun Run(int size, long payloadVolume)
        {
            PmsgAppendRun run = new PmsgAppendRun { Size = size };
            NorStack stack = BenchSetup.Stack(PartitionSize, NorTimingMode.Typical);
            NorBound bound = new NorBound(stack.Chip.Model, NorTimingMode.Typical, NorStack.ClockHz);
            ProgramRecorder recorder = new ProgramRecorder(stack.Reboot());
            Pstore store = Pstore.Mount(recorder, BenchSetup.Config(PartitionSize), new PstoreNano.Engine.NoWallClock());
            run.SegmentSize = recorder.EraseSize;
            ChipMeter total = new ChipMeter(stack.Chip);
            ChipMeter one = new ChipMeter(stack.Chip);
            for (int i = 0; run.PayloadBytes < payloadVolume; i++)
            {
                byte[] data = BenchSetup.Payload(size, i);
                recorder.Clear();
                one.Start();
                store.WritePmsg(data, 0, data.Length);
                long pages = 0;
                long payload = 0;
                foreach (long[] range in recorder.PayloadRanges())
                {
                    pages += NorBound.PagesTouched(range[0], range[1]);
                    payload += range[1];
                    run.BoundNanoseconds += bound.ProgramNs(range[0], range[1]);
                }

                if (payload != size)
                {
                    throw new InvalidOperationException("pmsg write " + i + " of " + size + " bytes programmed " + payload +
                        " payload bytes in chunks: the chunk layout is not the one docs/FORMAT.md describes");
                }

                run.PayloadPages += pages;
                // The clean-erase protocol's two 4-byte programs belong to the erase-ahead, not to the write.
                int extra = (int)(one.PagePrograms - pages - recorder.ErasePrograms);
                if (recorder.OpenedSegment)
                {
                    run.OpeningWrites++;
                    run.MaxExtraOpening = Math.Max(run.MaxExtraOpening, extra);
                    run.OpeningOverTarget += extra > 1 ? 1 : 0;
                }
                else
                {
                    run.MaxExtraPrograms = Math.Max(run.MaxExtraPrograms, extra);
                }

                run.PayloadBytes += size;
                run.Writes++;
            }

            run.PagePrograms = total.PagePrograms;
            run.BytesProgrammed = total.BytesProgrammed;
            run.Erases = total.Erases;
            run.Nanoseconds = total.Nanoseconds;
            // The payload's share of erasing: every 4 KiB stored needs one sector erase, whatever the format.
            run.BoundNanoseconds += (long)(bound.SectorEraseNs() * (double)run.PayloadBytes / run.SegmentSize);
            return run;
        }

        public double PerWrite(long total)
        {
            return (double)total / Writes;
        }
    }
}

using PstoreNano.Drivers.Nor;
using PstoreNano.Simulators.Nor;

namespace PstoreNano.Tool
{
    /// <summary>
    /// The chip's own time for a job, from the same datasheet table the simulated chip runs on: a page program
    /// of n bytes takes min(tPP, tBP1 + tBP2 × (n − 1)), a sector erase tSE, and every byte on the wire 8 clocks
    /// (opcode, 3 address bytes and the data; no write enable, no busy polling). Nothing can store the same
    /// bytes faster.
    /// </summary>
    public sealed class NorBound
    {
        private const int CommandBytes = 4;
        private readonly NorTiming _timing;
        private readonly bool _max;
        private readonly int _clockHz;

        public NorBound(NorChipModel model, NorTimingMode mode, int clockHz)
        {
            _timing = model.Timing;
            _max = mode == NorTimingMode.Maximum;
            _clockHz = clockHz;
        }

        /// <summary>Nanoseconds to clock <paramref name="bytes"/> bytes.</summary>
        public long WireNs(long bytes)
        {
            return bytes * 8L * 1000000000L / _clockHz;
        }

        /// <summary>One page program of <paramref name="bytes"/> bytes, command included.</summary>
        public long PageProgramNs(int bytes)
        {
            long first = (_max ? NorChipModel.FirstByteProgramMax : NorChipModel.FirstByteProgramTyp) * 1000L;
            long next = _max ? NorChipModel.NextByteProgramMaxNs : NorChipModel.NextByteProgramTypNs;
            long page = (_max ? _timing.PageProgramMax : _timing.PageProgramTyp) * 1000L;
            long program = first + next * (bytes - 1);
            return (program < page ? program : page) + WireNs(CommandBytes + bytes);
        }

        /// <summary>Programming [address, address + count) with one page program per page touched.</summary>
        public long ProgramNs(long address, long count)
        {
            long total = 0;
            while (count > 0)
            {
                int room = NorPart.PageSize - (int)(address % NorPart.PageSize);
                int n = count < room ? (int)count : room;
                total += PageProgramNs(n);
                address += n;
                count -= n;
            }

            return total;
        }

        /// <summary>Pages touched by [address, address + count).</summary>
        public static int PagesTouched(long address, long count)
        {
            return count <= 0 ? 0 : (int)((address + count - 1) / NorPart.PageSize - address / NorPart.PageSize + 1);
        }

        /// <summary>One 4 KiB sector erase, command included.</summary>
        public long SectorEraseNs()
        {
            return (_max ? _timing.SectorEraseMax : _timing.SectorEraseTyp) * 1000L + WireNs(CommandBytes);
        }
    }
}

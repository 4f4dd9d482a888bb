using System.Collections.Generic;
using PstoreNano.Devices;
using PstoreNano.Zones.Pmsg;

namespace PstoreNano.Tool
{
    /// <summary>
    /// A zone device that passes everything through and remembers the programs made since <see cref="Clear"/>,
    /// so the benchmark can tell where a pmsg write's payload landed. A 4-byte program at a segment start belongs
    /// to the clean-erase protocol (zeroing the first word, then the marker); a longer one there is a segment
    /// header followed by the segment's first chunk; each run of contiguous programs is one chunk (its 16-byte
    /// header, then payload).
    /// </summary>
    public sealed class ProgramRecorder : IZoneDevice
    {
        private readonly IZoneDevice _inner;
        private readonly List<long[]> _programs = new List<long[]>();

        public ProgramRecorder(IZoneDevice inner)
        {
            _inner = inner;
        }

        public string Name { get { return _inner.Name; } }

        public int Size { get { return _inner.Size; } }

        public int PageSize { get { return _inner.PageSize; } }

        public int EraseSize { get { return _inner.EraseSize; } }

        public bool EraseBeforeProgram { get { return _inner.EraseBeforeProgram; } }

        public void Clear()
        {
            _programs.Clear();
        }

        /// <summary>True when a segment header was programmed since <see cref="Clear"/>: the write opened a segment.</summary>
        public bool OpenedSegment
        {
            get
            {
                foreach (long[] p in _programs)
                {
                    if (p[0] % EraseSize == 0 && p[1] > ErasePrograms4)
                    {
                        return true;
                    }
                }

                return false;
            }
        }

        /// <summary>Programs of the clean-erase protocol since <see cref="Clear"/>: part of erasing, not of writing.</summary>
        public int ErasePrograms
        {
            get
            {
                int n = 0;
                foreach (long[] p in _programs)
                {
                    n += IsEraseProgram(p) ? 1 : 0;
                }

                return n;
            }
        }

        /// <summary>[address, count) of each chunk's payload programmed since <see cref="Clear"/>.</summary>
        public List<long[]> PayloadRanges()
        {
            List<long[]> ranges = new List<long[]>();
            long start = -1;
            long end = -1;
            foreach (long[] p in _programs)
            {
                long address = p[0];
                long count = p[1];
                if (IsEraseProgram(p))
                {
                    continue;
                }

                if (address % EraseSize == 0)
                {
                    // The segment header, then the segment's first chunk.
                    address += PmsgFormat.SegmentHeaderSize;
                    count -= PmsgFormat.SegmentHeaderSize;
                    if (count <= 0)
                    {
                        continue;
                    }
                }

                if (address != end)
                {
                    Add(ranges, start, end);
                    start = address;
                }

                end = address + count;
            }

            Add(ranges, start, end);
            return ranges;
        }

        public void Read(int address, byte[] buffer, int offset, int count)
        {
            _inner.Read(address, buffer, offset, count);
        }

        public void Program(int address, byte[] buffer, int offset, int count)
        {
            _programs.Add(new long[] { address, count });
            _inner.Program(address, buffer, offset, count);
        }

        public void Erase(int address, int count)
        {
            _inner.Erase(address, count);
        }

        public void PanicTakeOver()
        {
            _inner.PanicTakeOver();
        }

        private const int ErasePrograms4 = 4;

        private bool IsEraseProgram(long[] p)
        {
            return p[1] == ErasePrograms4 && p[0] % EraseSize == 0;
        }

        private static void Add(List<long[]> ranges, long start, long end)
        {
            if (start >= 0 && end - start > BenchSetup.PmsgChunkHeader)
            {
                ranges.Add(new long[] { start + BenchSetup.PmsgChunkHeader, end - start - BenchSetup.PmsgChunkHeader });
            }
        }
    }
}

using PstoreNano.Devices;

namespace PstoreNano.Zones.Pmsg
{
    /// <summary>
    /// Where the pmsg ring lies and where it stands: the live chain of segments (tail..head), the
    /// append offset in the head, the next sequences, trim and boot number. Also the flash helpers
    /// the scanner, reader and writer share (header reads, erased checks, chunk CRC checks). A few
    /// ints and two small buffers, whatever the ring's size.
    /// </summary>
    internal sealed class PmsgRingState
    {
        private const int ScratchSize = 256;

        /// <summary>Device under the partition.</summary>
        public readonly IZoneDevice Device;

        /// <summary>Partition address of segment 0.</summary>
        public readonly int Offset;

        /// <summary>Segments in the ring.</summary>
        public readonly int SegmentCount;

        /// <summary>Bytes per segment (one erase unit).</summary>
        public readonly int SegmentSize;

        /// <summary>Payload bytes one chunk can carry in an otherwise empty segment.</summary>
        public readonly int SegmentCapacity;

        /// <summary>Segments whose header mount set aside as outliers (a few at most), in the order found.</summary>
        public readonly int[] Outliers = new int[4];

        /// <summary>Layout word written into every segment header (0: unknown).</summary>
        public uint Layout;

        /// <summary>Buffer for segment headers (shared by mount and reader, never by the writer).</summary>
        public readonly byte[] SegmentBuffer = new byte[PmsgFormat.SegmentHeaderSize];

        /// <summary>Buffer for chunk headers (shared by mount and reader).</summary>
        public readonly byte[] ChunkBuffer = new byte[PmsgFormat.ChunkHeaderSize];

        /// <summary>Block buffer for CRC and erased checks.</summary>
        public readonly byte[] Scratch = new byte[ScratchSize];

        /// <summary>4-byte buffer of the clean-erase protocol.</summary>
        public readonly byte[] Word = new byte[CleanErase.MarkerSize];

        /// <summary>Decoded segment header (reused).</summary>
        public readonly PmsgSegmentHeader Segment = new PmsgSegmentHeader();

        /// <summary>Decoded chunk header for mount (reused).</summary>
        public readonly PmsgChunkHeader Chunk = new PmsgChunkHeader();

        /// <summary>Segment index of the head (the segment written to); with no live segment, the one before the first to open.</summary>
        public int Head;

        /// <summary>Segments in the live chain tail..head (0 on an empty ring).</summary>
        public int Live;

        /// <summary>Offset in the head where the next chunk goes; SegmentSize once the head is full or abandoned.</summary>
        public int Append;

        /// <summary>Sequence the next chunk carries.</summary>
        public uint NextChunk;

        /// <summary>Sequence the next opened segment carries.</summary>
        public uint NextSegment;

        /// <summary>Chunks before this sequence are deleted.</summary>
        public uint Trim;

        /// <summary>This boot's number.</summary>
        public uint Boot;

        /// <summary>True if the segment after the head is known to be erased (the erase-ahead rule holds).</summary>
        public bool AheadErased;

        /// <summary>Changes whenever the chain moves or the trim changes: read cursors from before are stale.</summary>
        public int Generation;

        /// <summary>True once Mount ran.</summary>
        public bool Mounted;

        /// <summary>Binds the ring to its place on the device.</summary>
        public PmsgRingState(IZoneDevice device, int offset, int size)
        {
            Device = device;
            Offset = offset;
            SegmentSize = device.EraseSize;
            SegmentCount = size / SegmentSize;
            SegmentCapacity = SegmentSize - PmsgFormat.SegmentHeaderSize - PmsgFormat.ChunkHeaderSize;
        }

        /// <summary>Index of the oldest live segment.</summary>
        public int Tail
        {
            get { return Wrap(Head - Live + 1); }
        }

        /// <summary>Segment index <paramref name="index"/> taken modulo the segment count.</summary>
        public int Wrap(int index)
        {
            int n = SegmentCount;
            return ((index % n) + n) % n;
        }

        /// <summary>Partition address of a segment.</summary>
        public int SegmentAddress(int segment)
        {
            return Offset + segment * SegmentSize;
        }

        /// <summary>Payload bytes the next chunk can carry in the head (0 if a new segment must open).</summary>
        public int HeadRoom()
        {
            if (Live == 0)
            {
                return 0;
            }

            int room = SegmentSize - Append - PmsgFormat.ChunkHeaderSize;
            return room > 0 ? room : 0;
        }

        /// <summary>Reads and decodes a segment header into <see cref="Segment"/>; false if it is not valid.</summary>
        public bool ReadSegmentHeader(int segment)
        {
            Device.Read(SegmentAddress(segment), SegmentBuffer, 0, PmsgFormat.SegmentHeaderSize);
            return Segment.Decode(SegmentBuffer);
        }

        /// <summary>True if every byte of [address, address+count) reads 0xFF (checked in blocks).</summary>
        public bool IsErased(int address, int count)
        {
            byte[] s = Scratch;
            while (count > 0)
            {
                int n = count < s.Length ? count : s.Length;
                Device.Read(address, s, 0, n);
                if (!AllErased(s, 0, n))
                {
                    return false;
                }

                address += n;
                count -= n;
            }

            return true;
        }

        /// <summary>
        /// True if the chunk whose header is in <see cref="ChunkBuffer"/> and whose payload starts at
        /// <paramref name="payloadAddress"/> matches its CRC. A payload no longer than
        /// <see cref="Scratch"/> (a trim marker's) is left in Scratch.
        /// </summary>
        public bool ChunkCrcMatches(PmsgChunkHeader chunk, int payloadAddress)
        {
            uint crc = Crc32.Update(Crc32.Initial, ChunkBuffer, 0, 12);
            byte[] s = Scratch;
            int address = payloadAddress;
            int left = chunk.Length;
            while (left > 0)
            {
                int n = left < s.Length ? left : s.Length;
                Device.Read(address, s, 0, n);
                crc = Crc32.Update(crc, s, 0, n);
                address += n;
                left -= n;
            }

            return Crc32.Finish(crc) == chunk.Crc;
        }

        /// <summary>True if every byte of b[offset..offset+count) is 0xFF.</summary>
        public static bool AllErased(byte[] b, int offset, int count)
        {
            return AllEqual(b, offset, count, 0xFF);
        }

        /// <summary>True if every byte of b[offset, offset+count) is <paramref name="value"/>.</summary>
        public static bool AllEqual(byte[] b, int offset, int count, byte value)
        {
            int end = offset + count;
            for (int i = offset; i < end; i++)
            {
                if (b[i] != value)
                {
                    return false;
                }
            }

            return true;
        }
    }
}

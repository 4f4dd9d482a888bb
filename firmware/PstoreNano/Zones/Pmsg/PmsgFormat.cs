namespace PstoreNano.Zones.Pmsg
{
    /// <summary>
    /// Constants of the pmsg ring format (docs/FORMAT.md, "pmsg zone") and the serial-number
    /// comparison every sequence field uses.
    /// </summary>
    internal static class PmsgFormat
    {
        /// <summary>Segment header magic, "PNSG" read as a little-endian u32.</summary>
        public const uint SegmentMagic = 0x47534E50;

        /// <summary>Format version stored in every segment header (2: the header carries the layout word).</summary>
        public const ushort Version = 2;

        /// <summary>Bytes of the segment header at the start of every segment.</summary>
        public const int SegmentHeaderSize = 32;

        /// <summary>Unit of the sizes in the layout word: zone sizes are whole multiples of it.</summary>
        public const int LayoutUnit = 4096;

        /// <summary>
        /// The layout word of a partition: pmsg size (low 16 bits) and dmesg zone size (high 16 bits), each
        /// in 4 KiB units; 0 means unknown (a size that does not fit). Every segment header carries it, so a
        /// mount with other sizes is detected before anything is written.
        /// </summary>
        public static uint LayoutWord(int pmsgSize, int kmsgSize)
        {
            int pmsg = pmsgSize / LayoutUnit;
            int kmsg = kmsgSize / LayoutUnit;
            if (pmsgSize % LayoutUnit != 0 || kmsgSize % LayoutUnit != 0 || pmsg > 0xFFFF || kmsg > 0xFFFF || pmsg < 0 || kmsg < 0)
            {
                return 0;
            }

            return (uint)pmsg | ((uint)kmsg << 16);
        }

        /// <summary>Bytes of the header in front of every chunk payload.</summary>
        public const int ChunkHeaderSize = 16;

        /// <summary>Constant byte 3 of every chunk header: a cheap first test against garbage.</summary>
        public const byte ChunkMagic = 0xC5;

        /// <summary>Chunk flag: first chunk of a write.</summary>
        public const byte FlagFirst = 0x01;

        /// <summary>Chunk flag: last chunk of a write.</summary>
        public const byte FlagLast = 0x02;

        /// <summary>Chunk flag: a trim marker whose 4-byte payload is the new trim sequence.</summary>
        public const byte FlagTrim = 0x04;

        /// <summary>Every flag bit this version defines; a chunk with another bit set is garbage.</summary>
        public const byte KnownFlags = FlagFirst | FlagLast | FlagTrim;

        /// <summary>Bytes of a trim marker's payload.</summary>
        public const int TrimPayloadSize = 4;

        /// <summary>Largest erase unit the format supports: a chunk length is a u16.</summary>
        public const int MaxSegmentSize = 65536;

        /// <summary>True if sequence <paramref name="a"/> comes after <paramref name="b"/> (serial-number arithmetic).</summary>
        public static bool IsAfter(uint a, uint b)
        {
            return (int)(a - b) > 0;
        }

        /// <summary>True if <paramref name="seq"/> lies in [<paramref name="first"/>, <paramref name="end"/>) (serial arithmetic).</summary>
        public static bool InRange(uint seq, uint first, uint end)
        {
            return (int)(seq - first) >= 0 && (int)(end - seq) > 0;
        }
    }
}

namespace PstoreNano.Zones.Pmsg
{
    /// <summary>
    /// The 16-byte header in front of every pmsg chunk: payload length (u16), flags (u8), magic 0xC5,
    /// chunk sequence, boot number, and a CRC-32 over header bytes 0..11 followed by the payload.
    /// One instance is reused for every decode.
    /// </summary>
    internal sealed class PmsgChunkHeader
    {
        /// <summary>Payload bytes after the header.</summary>
        public int Length;

        /// <summary>FIRST/LAST/TRIM bits.</summary>
        public byte Flags;

        /// <summary>Global chunk sequence.</summary>
        public uint Sequence;

        /// <summary>Boot that wrote the chunk.</summary>
        public uint BootNumber;

        /// <summary>Stored CRC-32 of header bytes 0..11 and the payload.</summary>
        public uint Crc;

        /// <summary>Writes header bytes 0..11 (everything but the CRC) into <paramref name="b"/> at <paramref name="at"/>.</summary>
        public static void EncodeFields(byte[] b, int at, int length, byte flags, uint sequence, uint bootNumber)
        {
            LittleEndian.WriteUInt16(b, at, (ushort)length);
            b[at + 2] = flags;
            b[at + 3] = PmsgFormat.ChunkMagic;
            LittleEndian.WriteUInt32(b, at + 4, sequence);
            LittleEndian.WriteUInt32(b, at + 8, bootNumber);
        }

        /// <summary>
        /// Decodes <paramref name="b"/>[0..15] and checks what can be checked without the payload:
        /// magic, known flags, a length of 1..<paramref name="maxLength"/>, a trim marker's shape.
        /// </summary>
        public bool Decode(byte[] b, int maxLength)
        {
            int length = LittleEndian.ReadUInt16(b, 0);
            byte flags = b[2];
            if (b[3] != PmsgFormat.ChunkMagic || (flags & ~PmsgFormat.KnownFlags) != 0 || length < 1 || length > maxLength)
            {
                return false;
            }

            if ((flags & PmsgFormat.FlagTrim) != 0 &&
                (length != PmsgFormat.TrimPayloadSize || flags != PmsgFormat.KnownFlags))
            {
                return false;
            }

            Length = length;
            Flags = flags;
            Sequence = LittleEndian.ReadUInt32(b, 4);
            BootNumber = LittleEndian.ReadUInt32(b, 8);
            Crc = LittleEndian.ReadUInt32(b, 12);
            return true;
        }

        /// <summary>True if the chunk is the first of a write (and not a trim marker).</summary>
        public bool StartsWrite
        {
            get { return (Flags & (PmsgFormat.FlagFirst | PmsgFormat.FlagTrim)) == PmsgFormat.FlagFirst; }
        }

        /// <summary>True if the chunk ends its write.</summary>
        public bool EndsWrite
        {
            get { return (Flags & PmsgFormat.FlagLast) != 0; }
        }

        /// <summary>True for a trim marker.</summary>
        public bool IsTrim
        {
            get { return (Flags & PmsgFormat.FlagTrim) != 0; }
        }
    }
}

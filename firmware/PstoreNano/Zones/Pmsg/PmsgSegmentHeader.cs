namespace PstoreNano.Zones.Pmsg
{
    /// <summary>
    /// The 32-byte header at offset 0 of every pmsg segment: magic, version, header size, segment
    /// sequence, boot number, trim sequence, first chunk sequence, layout word and a CRC-32 of bytes 0..27.
    /// One instance is reused for every decode (no allocation per segment).
    /// </summary>
    internal sealed class PmsgSegmentHeader
    {
        /// <summary>Segment sequence: +1 for every segment the ring opens.</summary>
        public uint Sequence;

        /// <summary>Boot number of the boot that opened the segment.</summary>
        public uint BootNumber;

        /// <summary>Chunks with a sequence before this one are deleted.</summary>
        public uint Trim;

        /// <summary>Sequence the segment's first chunk carries.</summary>
        public uint FirstChunk;

        /// <summary>Layout word of the partition that wrote the segment (<see cref="PmsgFormat.LayoutWord"/>).</summary>
        public uint Layout;

        /// <summary>Writes a header with the given fields into <paramref name="b"/>[0..31].</summary>
        public static void Encode(byte[] b, uint sequence, uint bootNumber, uint trim, uint firstChunk, uint layout)
        {
            LittleEndian.WriteUInt32(b, 0, PmsgFormat.SegmentMagic);
            LittleEndian.WriteUInt16(b, 4, PmsgFormat.Version);
            LittleEndian.WriteUInt16(b, 6, PmsgFormat.SegmentHeaderSize);
            LittleEndian.WriteUInt32(b, 8, sequence);
            LittleEndian.WriteUInt32(b, 12, bootNumber);
            LittleEndian.WriteUInt32(b, 16, trim);
            LittleEndian.WriteUInt32(b, 20, firstChunk);
            LittleEndian.WriteUInt32(b, 24, layout);
            LittleEndian.WriteUInt32(b, 28, Crc32.Compute(b, 0, 28));
        }

        /// <summary>Decodes <paramref name="b"/>[0..31]; false (fields unchanged) unless every check passes.</summary>
        public bool Decode(byte[] b)
        {
            if (LittleEndian.ReadUInt32(b, 0) != PmsgFormat.SegmentMagic ||
                LittleEndian.ReadUInt16(b, 4) != PmsgFormat.Version ||
                LittleEndian.ReadUInt16(b, 6) != PmsgFormat.SegmentHeaderSize ||
                LittleEndian.ReadUInt32(b, 28) != Crc32.Compute(b, 0, 28))
            {
                return false;
            }

            Sequence = LittleEndian.ReadUInt32(b, 8);
            BootNumber = LittleEndian.ReadUInt32(b, 12);
            Trim = LittleEndian.ReadUInt32(b, 16);
            FirstChunk = LittleEndian.ReadUInt32(b, 20);
            Layout = LittleEndian.ReadUInt32(b, 24);
            return true;
        }
    }
}

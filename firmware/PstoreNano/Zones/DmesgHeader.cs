namespace PstoreNano.Zones
{
    /// <summary>What the 52 header bytes of a dmesg zone say, judged as Linux's psz_kmsg_recover_meta judges them.</summary>
    internal enum DmesgZoneKind
    {
        /// <summary>No psz_buffer signature: never written, erased by erase units, or a torn dump.</summary>
        NoRecord = 0,

        /// <summary>datalen larger than the zone can hold (Linux's "overtop"), or negative.</summary>
        Overtop = 1,

        /// <summary>Signature present but a bad kmsg magic: skipped, its time and counter ignored (as Linux).</summary>
        Invalid = 2,

        /// <summary>datalen 0 with a valid kmsg header: erased the Linux way; its counter and time still count.</summary>
        Erased = 3,

        /// <summary>A valid record.</summary>
        Record = 4,

        /// <summary>
        /// datalen 1..39 with a valid kmsg magic: too short for the kmsg header, so not listed, but Linux's
        /// recovery still counts its time and counter (it checks only sig, datalen and magic).
        /// </summary>
        Short = 5,
    }

    /// <summary>
    /// The header of a dmesg zone: Linux's struct psz_buffer (12 bytes) followed by struct
    /// psz_kmsg_header (40 bytes), little-endian, as x86_64 and ARM64 kernels lay them out.
    /// </summary>
    internal sealed class DmesgHeader
    {
        /// <summary>psz_buffer.sig of a dmesg zone: PSZ_SIG (0x43474244, "DBGC") ^ PSTORE_TYPE_DMESG (0).</summary>
        public const uint Signature = 0x43474244;

        /// <summary>PSTORE_KMSG_HEADER_MAGIC.</summary>
        public const uint KmsgMagic = 0x4dfc3ae5;

        /// <summary>Bytes of struct psz_buffer before the zone data: sig, datalen, start.</summary>
        public const int BufferHeaderSize = 12;

        /// <summary>Bytes of struct psz_kmsg_header (with its padding).</summary>
        public const int KmsgHeaderSize = 40;

        /// <summary>Zone offset of the text.</summary>
        public const int Size = BufferHeaderSize + KmsgHeaderSize;

        /// <summary>Zone offset of datalen.</summary>
        public const int DataLengthOffset = 4;

        /// <summary>Zone offset of start.</summary>
        public const int StartOffset = 8;

        /// <summary>Zone offset of the kmsg magic.</summary>
        public const int MagicOffset = 12;

        /// <summary>Zone offset of time.tv_sec (int64).</summary>
        public const int SecondsOffset = 20;

        /// <summary>Zone offset of time.tv_nsec (int64).</summary>
        public const int NanosecondsOffset = 28;

        /// <summary>Zone offset of the compressed flag (one byte, then three bytes of padding).</summary>
        public const int CompressedOffset = 36;

        /// <summary>Zone offset of the counter (uint32).</summary>
        public const int CounterOffset = 40;

        /// <summary>Zone offset of the reason (int32).</summary>
        public const int ReasonOffset = 44;

        /// <summary>psz_buffer.sig as stored.</summary>
        public uint StoredSignature;

        /// <summary>psz_buffer.datalen: 40 + text length.</summary>
        public int DataLength;

        /// <summary>psz_buffer.start (0 for dmesg).</summary>
        public int Start;

        /// <summary>psz_kmsg_header.magic as stored.</summary>
        public uint Magic;

        /// <summary>time.tv_sec.</summary>
        public long Seconds;

        /// <summary>time.tv_nsec.</summary>
        public long Nanoseconds;

        /// <summary>True if the text is raw-deflate compressed.</summary>
        public bool Compressed;

        /// <summary>Per-reason dump counter.</summary>
        public uint Counter;

        /// <summary>kmsg_dump_reason.</summary>
        public int Reason;

        /// <summary>Text bytes stored after the header (datalen - 40).</summary>
        public int TextLength { get { return DataLength - KmsgHeaderSize; } }

        /// <summary>Decodes the 52 header bytes at <paramref name="at"/>.</summary>
        public void Parse(byte[] buffer, int at)
        {
            StoredSignature = LittleEndian.ReadUInt32(buffer, at);
            DataLength = LittleEndian.ReadInt32(buffer, at + DataLengthOffset);
            Start = LittleEndian.ReadInt32(buffer, at + StartOffset);
            Magic = LittleEndian.ReadUInt32(buffer, at + MagicOffset);
            Seconds = LittleEndian.ReadInt64(buffer, at + SecondsOffset);
            Nanoseconds = LittleEndian.ReadInt64(buffer, at + NanosecondsOffset);
            Compressed = buffer[at + CompressedOffset] != 0;
            Counter = LittleEndian.ReadUInt32(buffer, at + CounterOffset);
            Reason = LittleEndian.ReadInt32(buffer, at + ReasonOffset);
        }

        /// <summary>Judges the header of a zone of <paramref name="zoneSize"/> bytes; never throws.</summary>
        public DmesgZoneKind Classify(int zoneSize)
        {
            if (StoredSignature != Signature)
            {
                return DmesgZoneKind.NoRecord;
            }

            if (DataLength < 0 || DataLength > zoneSize - BufferHeaderSize)
            {
                return DmesgZoneKind.Overtop;
            }

            // Linux's psz_kmsg_recover_meta checks sig, datalen and magic only: a dmesg zone's start field is
            // not read, so a record with start != 0 is listed (and its time and counter count) as any other.
            if (Magic != KmsgMagic)
            {
                return DmesgZoneKind.Invalid;
            }

            if (DataLength == 0)
            {
                return DmesgZoneKind.Erased;
            }

            return DataLength < KmsgHeaderSize ? DmesgZoneKind.Short : DmesgZoneKind.Record;
        }

        /// <summary>
        /// Encodes a complete 52-byte header at <paramref name="at"/> (padding bytes 0).
        /// </summary>
        public static void Format(byte[] buffer, int at, uint signature, int dataLength, int reason, uint counter,
            long seconds, long nanoseconds, bool compressed)
        {
            System.Array.Clear(buffer, at, Size);
            LittleEndian.WriteUInt32(buffer, at, signature);
            LittleEndian.WriteInt32(buffer, at + DataLengthOffset, dataLength);
            LittleEndian.WriteUInt32(buffer, at + MagicOffset, KmsgMagic);
            LittleEndian.WriteInt64(buffer, at + SecondsOffset, seconds);
            LittleEndian.WriteInt64(buffer, at + NanosecondsOffset, nanoseconds);
            buffer[at + CompressedOffset] = compressed ? (byte)1 : (byte)0;
            LittleEndian.WriteUInt32(buffer, at + CounterOffset, counter);
            LittleEndian.WriteInt32(buffer, at + ReasonOffset, reason);
        }
    }
}

namespace PstoreNano.Simulators.Fuzz
{
    /// <summary>How a fuzz case damages its image.</summary>
    public enum FuzzKind
    {
        /// <summary>1 to 8 single-bit flips anywhere.</summary>
        BitFlips,

        /// <summary>A run of 1 to 64 bytes overwritten with random bytes, 0x00 or 0xFF.</summary>
        ByteRun,

        /// <summary>One field of a pmsg segment header changed, its CRC recomputed.</summary>
        SegmentHeaderField,

        /// <summary>One field of a pmsg chunk header changed, its CRC recomputed (boot, sequence, flags, length).</summary>
        ChunkHeaderField,

        /// <summary>One field of a dmesg header changed (datalen, start, magic, time, counter, reason, compressed).</summary>
        DmesgHeaderField,

        /// <summary>Segment sequences near the 32-bit wrap, or one segment header copied over another.</summary>
        SequenceWrapOrRepeat,

        /// <summary>The image cut short or grown, mounted with the same configuration.</summary>
        WrongSize,

        /// <summary>An image of random bytes, or erased with random islands.</summary>
        Random,
    }
}

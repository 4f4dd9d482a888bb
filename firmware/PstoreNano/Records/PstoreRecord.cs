namespace PstoreNano.Records
{
    /// <summary>
    /// One record found in the partition, as a file of /sys/fs/pstore: <c>dmesg-&lt;backend&gt;-&lt;zone&gt;</c>
    /// or <c>pmsg-&lt;backend&gt;-&lt;boot&gt;</c>. Read its bytes with Pstore.ReadRecord.
    /// </summary>
    public sealed class PstoreRecord
    {
        /// <summary>File-style name, e.g. "dmesg-pstore_nor-3".</summary>
        public string Name { get; internal set; }

        /// <summary>Dmesg or pmsg.</summary>
        public RecordType Type { get; internal set; }

        /// <summary>Dump reason (dmesg only).</summary>
        public DumpReason Reason { get; internal set; }

        /// <summary>The per-reason dump counter stored in the record (dmesg only).</summary>
        public uint Counter { get; internal set; }

        /// <summary>Seconds since the Unix epoch, or synthesized (dmesg only).</summary>
        public long TimeSeconds { get; internal set; }

        /// <summary>Nanoseconds part of the time (dmesg only).</summary>
        public long TimeNanoseconds { get; internal set; }

        /// <summary>Bytes a full read returns (for dmesg, including the "Reason: Total N times" line).</summary>
        public int Size { get; internal set; }

        /// <summary>Boot in which the pmsg bytes were written (pmsg only).</summary>
        public uint BootNumber { get; internal set; }

        /// <summary>True if the dmesg text is raw-deflate compressed (written by Linux).</summary>
        public bool Compressed { get; internal set; }

        /// <summary>Zone index (dmesg) or boot number (pmsg): the last part of the name.</summary>
        public int Id { get; internal set; }

        // Engine bookkeeping, meaningful only to the zone that produced the record.
        internal int Location;
        internal uint FirstSequence;
        internal uint EndSequence;
        internal int StoredLength;

        // pmsg: the ring generation in which the listing CRC-checked every write of this record (-1: none).
        internal int VerifiedGeneration = -1;
    }
}

namespace PstoreNano.Records
{
    /// <summary>What recovery found and did at mount. Nothing in it is an error: damage is reported, not thrown.</summary>
    public sealed class MountReport
    {
        /// <summary>Dmesg zones holding a valid record.</summary>
        public int DmesgRecords;

        /// <summary>Dmesg zones whose datalen is larger than the zone (Linux's "overtop"), skipped.</summary>
        public int DmesgOvertop;

        /// <summary>Dmesg zones with the right signature but a bad kmsg magic, skipped.</summary>
        public int DmesgInvalid;

        /// <summary>Dmesg zones with a zero datalen (erased the Linux way).</summary>
        public int DmesgErased;

        /// <summary>Erase operations the mount itself performed (to keep a dump zone and a pmsg segment ready).</summary>
        public int ErasesAtMount;

        /// <summary>pmsg segments with a valid header.</summary>
        public int PmsgSegments;

        /// <summary>Torn or corrupt pmsg chunks found and skipped.</summary>
        public int PmsgCorruptChunks;

        /// <summary>
        /// Bytes of pmsg data readable, as of the latest listing of the records (counting them walks
        /// every chunk, which mount avoids so that its cost stays proportional to the segment count).
        /// </summary>
        public int PmsgBytes;

        /// <summary>Number this boot writes into its pmsg chunks.</summary>
        public uint BootNumber;

        /// <summary>Bytes read from the device during mount.</summary>
        public long BytesRead;
    }
}

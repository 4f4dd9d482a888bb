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

        /// <summary>
        /// True when the partition was formatted with another layout (other pmsg or dmesg zone sizes, e.g.
        /// after nf.config changed). The store then erases and programs nothing and lists no record until
        /// <see cref="Pstore.Reformat"/> is called, so what the last boots left is not destroyed; mounting
        /// with the sizes in <see cref="FoundPmsgSize"/> and <see cref="FoundKmsgSize"/> reads it.
        /// </summary>
        public bool LayoutMismatch;

        /// <summary>With <see cref="LayoutMismatch"/>: the pmsg size in bytes the partition was formatted with (0: none or unknown).</summary>
        public int FoundPmsgSize;

        /// <summary>With <see cref="LayoutMismatch"/>: the dmesg zone size in bytes the partition was formatted with (0: unknown).</summary>
        public int FoundKmsgSize;
    }
}

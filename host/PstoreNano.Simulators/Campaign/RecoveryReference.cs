namespace PstoreNano.Simulators.Campaign
{
    /// <summary>What the uncut recovery after a first cut did: the second-cut points of its double cases.</summary>
    public sealed class RecoveryReference
    {
        /// <summary>Chip operations from the reboot to the end of the recovery's checks.</summary>
        public long Operations { get; set; }

        /// <summary>Key ("Oops#n") of the dump the recovery wrote.</summary>
        public string DumpKey { get; set; }

        /// <summary>Text of that dump, as read back.</summary>
        public byte[] Dump { get; set; }

        /// <summary>Null when the first cut and its recovery kept every invariant, else what broke.</summary>
        public string Failure { get; set; }
    }
}

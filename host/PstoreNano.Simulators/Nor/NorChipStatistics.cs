namespace PstoreNano.Simulators.Nor
{
    /// <summary>What a simulated NOR chip counted since it was created or last reset.</summary>
    public sealed class NorChipStatistics
    {
        /// <summary>Chip-select-framed transactions.</summary>
        public long Transactions { get; internal set; }

        /// <summary>Bytes on the wire, both directions.</summary>
        public long WireBytes { get; internal set; }

        /// <summary>Virtual time spent clocking bytes, in nanoseconds.</summary>
        public long WireTimeNs { get; internal set; }

        /// <summary>Virtual time the chip spent busy programming or erasing, in nanoseconds.</summary>
        public long BusyTimeNs { get; internal set; }

        /// <summary>Read status register commands (busy polls).</summary>
        public long StatusReads { get; internal set; }

        /// <summary>Read data commands.</summary>
        public long ReadCommands { get; internal set; }

        /// <summary>Data bytes read.</summary>
        public long BytesRead { get; internal set; }

        /// <summary>Page program commands accepted.</summary>
        public long PagePrograms { get; internal set; }

        /// <summary>Data bytes programmed.</summary>
        public long BytesProgrammed { get; internal set; }

        /// <summary>4 KiB sector erases accepted.</summary>
        public long SectorErases { get; internal set; }

        /// <summary>32 KiB block erases accepted.</summary>
        public long Block32Erases { get; internal set; }

        /// <summary>64 KiB block erases accepted.</summary>
        public long Block64Erases { get; internal set; }

        /// <summary>Chip erases accepted.</summary>
        public long ChipErases { get; internal set; }

        /// <summary>Erases of a sector past its endurance limit (each leaves a stuck bit).</summary>
        public long WornErases { get; internal set; }

        /// <summary>All erase commands accepted.</summary>
        public long Erases { get { return SectorErases + Block32Erases + Block64Erases + ChipErases; } }

        /// <summary>Sets every counter to zero.</summary>
        public void Reset()
        {
            Transactions = 0;
            WireBytes = 0;
            WireTimeNs = 0;
            BusyTimeNs = 0;
            StatusReads = 0;
            ReadCommands = 0;
            BytesRead = 0;
            PagePrograms = 0;
            BytesProgrammed = 0;
            SectorErases = 0;
            Block32Erases = 0;
            Block64Erases = 0;
            ChipErases = 0;
            WornErases = 0;
        }
    }
}

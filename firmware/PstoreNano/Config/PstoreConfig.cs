namespace PstoreNano.Config
{
    /// <summary>
    /// Everything that shapes a pstore partition and its board wiring. Defaults come from nf.config,
    /// compiled in (see <see cref="Defaults"/>); code may override any value before mounting, as Linux
    /// module parameters override Kconfig. Sizes are in bytes here, in KiB in nf.config.
    /// </summary>
    public sealed class PstoreConfig
    {
        /// <summary>nf.config key of <see cref="KmsgSize"/>.</summary>
        public const string KmsgSizeKey = "CONFIG_PSTORE_BLK_KMSG_SIZE";

        /// <summary>nf.config key of <see cref="PmsgSize"/>.</summary>
        public const string PmsgSizeKey = "CONFIG_PSTORE_BLK_PMSG_SIZE";

        /// <summary>nf.config key of <see cref="MaxReason"/>.</summary>
        public const string MaxReasonKey = "CONFIG_PSTORE_BLK_MAX_REASON";

        /// <summary>nf.config key of <see cref="Backend"/>.</summary>
        public const string BackendKey = "CONFIG_PSTORENANO_BACKEND";

        /// <summary>nf.config key of <see cref="PartitionOffset"/>.</summary>
        public const string PartitionOffsetKey = "CONFIG_PSTORENANO_PARTITION_OFFSET";

        /// <summary>nf.config key of <see cref="PartitionSize"/>.</summary>
        public const string PartitionSizeKey = "CONFIG_PSTORENANO_PARTITION_SIZE";

        /// <summary>nf.config key of <see cref="SdMbrPartition"/>.</summary>
        public const string SdMbrPartitionKey = "CONFIG_PSTORENANO_SD_MBR_PARTITION";

        /// <summary>nf.config key of <see cref="SdPanicBudgetMilliseconds"/>.</summary>
        public const string SdPanicBudgetKey = "CONFIG_PSTORENANO_SD_PANIC_BUDGET_MS";

        /// <summary>nf.config key of <see cref="KmsgRamSize"/>.</summary>
        public const string KmsgRamSizeKey = "CONFIG_PSTORENANO_KMSG_RAM_SIZE";

        /// <summary>nf.config key of <see cref="PmsgBufferSize"/>.</summary>
        public const string PmsgBufferSizeKey = "CONFIG_PSTORENANO_PMSG_BUFFER_SIZE";

        /// <summary>nf.config key of <see cref="HasRealTimeClock"/>.</summary>
        public const string RtcKey = "CONFIG_PSTORENANO_RTC";

        /// <summary>nf.config key of <see cref="SpiBus"/>.</summary>
        public const string SpiBusKey = "CONFIG_PSTORENANO_SPI_BUS";

        /// <summary>nf.config key of <see cref="SpiClockHz"/>.</summary>
        public const string SpiClockKey = "CONFIG_PSTORENANO_SPI_CLOCK_HZ";

        /// <summary>nf.config key of <see cref="SpiMosiPin"/>.</summary>
        public const string SpiMosiKey = "CONFIG_PSTORENANO_SPI_MOSI_PIN";

        /// <summary>nf.config key of <see cref="SpiMisoPin"/>.</summary>
        public const string SpiMisoKey = "CONFIG_PSTORENANO_SPI_MISO_PIN";

        /// <summary>nf.config key of <see cref="SpiClockPin"/>.</summary>
        public const string SpiClockPinKey = "CONFIG_PSTORENANO_SPI_SCK_PIN";

        /// <summary>nf.config key of <see cref="ChipSelectPin"/>.</summary>
        public const string ChipSelectKey = "CONFIG_PSTORENANO_SPI_CS_PIN";

        /// <summary>Size of one oops/panic (dmesg) zone in bytes; 0 disables dmesg records.</summary>
        public int KmsgSize { get; set; }

        /// <summary>Size of the pmsg ring in bytes; 0 disables pmsg.</summary>
        public int PmsgSize { get; set; }

        /// <summary>Largest dump reason stored (1 Panic, 2 Oops, 3 Emergency, 4 Shutdown).</summary>
        public int MaxReason { get; set; }

        /// <summary>The medium.</summary>
        public StorageBackend Backend { get; set; }

        /// <summary>Byte offset of the partition on the chip (NOR) or card (SD without MBR index).</summary>
        public int PartitionOffset { get; set; }

        /// <summary>Partition size in bytes; 0 means the whole device the engine is given.</summary>
        public int PartitionSize { get; set; }

        /// <summary>SD only: MBR partition number 1..4 that holds pstore, or 0 for an explicit range.</summary>
        public int SdMbrPartition { get; set; }

        /// <summary>SD only: milliseconds a panic dump may spend on the card before it is abandoned.</summary>
        public int SdPanicBudgetMilliseconds { get; set; }

        /// <summary>Bytes of RAM kept for the recent-log ring that a crash dump copies.</summary>
        public int KmsgRamSize { get; set; }

        /// <summary>Bytes of pmsg write-back buffer; 0 makes every pmsg write synchronous.</summary>
        public int PmsgBufferSize { get; set; }

        /// <summary>True if the board keeps wall-clock time across resets (dump times use it).</summary>
        public bool HasRealTimeClock { get; set; }

        /// <summary>SPI bus number (ESP32: 1 or 2).</summary>
        public int SpiBus { get; set; }

        /// <summary>SPI clock in Hz.</summary>
        public int SpiClockHz { get; set; }

        /// <summary>GPIO of MOSI.</summary>
        public int SpiMosiPin { get; set; }

        /// <summary>GPIO of MISO.</summary>
        public int SpiMisoPin { get; set; }

        /// <summary>GPIO of SCK.</summary>
        public int SpiClockPin { get; set; }

        /// <summary>GPIO of chip select.</summary>
        public int ChipSelectPin { get; set; }

        /// <summary>A copy of the built-in defaults, which are generated from nf.config.</summary>
        public static PstoreConfig Defaults()
        {
            PstoreConfig c = new PstoreConfig();
            NfConfigDefaults.Apply(c);
            return c;
        }

        /// <summary>
        /// Parses nf.config text (Kconfig syntax) over the built-in defaults.
        /// Throws <see cref="PstoreConfigException"/> naming the key on any bad line or value.
        /// </summary>
        public static PstoreConfig Parse(string nfConfigText)
        {
            PstoreConfig c = Defaults();
            NfConfigParser.Apply(nfConfigText, c);
            return c;
        }

        /// <summary>A field-by-field copy.</summary>
        public PstoreConfig Clone()
        {
            return (PstoreConfig)MemberwiseClone();
        }
    }
}

namespace PstoreNano.Drivers.Nor
{
    /// <summary>SPI NOR command bytes common to Winbond W25Q and Macronix MX25 parts.</summary>
    internal static class NorCommand
    {
        /// <summary>Write Enable: sets WEL, required before every program and erase.</summary>
        public const byte WriteEnable = 0x06;

        /// <summary>Write Disable: clears WEL.</summary>
        public const byte WriteDisable = 0x04;

        /// <summary>Read Status Register 1 (BUSY bit 0, WEL bit 1).</summary>
        public const byte ReadStatus = 0x05;

        /// <summary>Read Status Register 3 (Winbond; ADS bit 0 = 4-byte addressing active).</summary>
        public const byte ReadStatus3 = 0x15;

        /// <summary>Read Data (address, then data).</summary>
        public const byte Read = 0x03;

        /// <summary>Page Program (address, then 1-256 data bytes).</summary>
        public const byte PageProgram = 0x02;

        /// <summary>Sector Erase, 4 KiB.</summary>
        public const byte SectorErase = 0x20;

        /// <summary>Block Erase, 32 KiB.</summary>
        public const byte Block32Erase = 0x52;

        /// <summary>Block Erase, 64 KiB.</summary>
        public const byte Block64Erase = 0xD8;

        /// <summary>Chip Erase.</summary>
        public const byte ChipErase = 0xC7;

        /// <summary>JEDEC ID: manufacturer, memory type, capacity.</summary>
        public const byte ReadJedecId = 0x9F;

        /// <summary>Read SFDP (3-byte address, one dummy byte, then data).</summary>
        public const byte ReadSfdp = 0x5A;

        /// <summary>Deep Power-Down.</summary>
        public const byte DeepPowerDown = 0xB9;

        /// <summary>Release from Deep Power-Down.</summary>
        public const byte ReleasePowerDown = 0xAB;

        /// <summary>Enable Reset (must directly precede <see cref="Reset"/>).</summary>
        public const byte EnableReset = 0x66;

        /// <summary>Reset Device.</summary>
        public const byte Reset = 0x99;

        /// <summary>Enter 4-Byte Address Mode.</summary>
        public const byte Enter4ByteMode = 0xB7;

        /// <summary>Exit 4-Byte Address Mode.</summary>
        public const byte Exit4ByteMode = 0xE9;

        /// <summary>Status register 1: an program or erase is in progress.</summary>
        public const int StatusBusy = 0x01;

        /// <summary>Status register 1: write enable latch.</summary>
        public const int StatusWriteEnable = 0x02;
    }
}

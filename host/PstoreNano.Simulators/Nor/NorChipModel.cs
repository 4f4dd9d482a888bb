using PstoreNano.Drivers.Nor;

namespace PstoreNano.Simulators.Nor
{
    /// <summary>
    /// The datasheet facts a <see cref="SimulatedNorChip"/> behaves by: JEDEC ID, capacity, address
    /// modes, SFDP table and program/erase times (typical and maximum).
    /// </summary>
    public sealed class NorChipModel
    {
        private NorChipModel(string name, int jedecId, int capacity, byte releaseId, bool fourByte,
            bool winbond, long chipEraseTypUs, long chipEraseMaxUs)
        {
            Name = name;
            JedecId = jedecId;
            Capacity = capacity;
            ReleaseId = releaseId;
            FourByteAddressing = fourByte;
            IsWinbond = winbond;
            ChipEraseTyp = chipEraseTypUs;
            ChipEraseMax = chipEraseMaxUs;
            NorPart part = NorPart.Find(jedecId);
            Timing = part.Timing;
            Sfdp = SfdpImage.Build(capacity, fourByte);

            // tRES1: Winbond 3 us; the MX25R6435F leaves deep power-down after 35 us (research/nor-timing.md §3).
            ReleaseRecoveryNs = jedecId == 0xC22817 ? 35000 : 3000;
        }

        /// <summary>Time after release from deep power-down before the chip answers commands, in nanoseconds.</summary>
        public long ReleaseRecoveryNs { get; private set; }

        /// <summary>W25Q128JV byte-program time of the first byte, typical (tBP1).</summary>
        public const int FirstByteProgramTyp = 30;

        /// <summary>W25Q128JV tBP1 maximum.</summary>
        public const int FirstByteProgramMax = 50;

        /// <summary>W25Q128JV additional byte-program time, typical (tBP2, in nanoseconds: 2.5 us).</summary>
        public const int NextByteProgramTypNs = 2500;

        /// <summary>W25Q128JV tBP2 maximum, in nanoseconds (12 us).</summary>
        public const int NextByteProgramMaxNs = 12000;

        /// <summary>Part name.</summary>
        public string Name { get; private set; }

        /// <summary>JEDEC ID answered to 0x9F.</summary>
        public int JedecId { get; private set; }

        /// <summary>Capacity in bytes.</summary>
        public int Capacity { get; private set; }

        /// <summary>Device ID answered after 0xAB and three dummy bytes.</summary>
        public byte ReleaseId { get; private set; }

        /// <summary>True for parts with EN4B/EX4B and the 4-byte-address opcodes (0x13, 0x12, 0x21, 0xDC).</summary>
        public bool FourByteAddressing { get; private set; }

        /// <summary>Winbond status registers 2 and 3 (0x35, 0x15 with ADS in bit 0).</summary>
        public bool IsWinbond { get; private set; }

        /// <summary>Page program and erase times, the same datasheet figures the driver's table holds.</summary>
        internal NorTiming Timing { get; private set; }

        /// <summary>tCE typical, microseconds.</summary>
        public long ChipEraseTyp { get; private set; }

        /// <summary>tCE maximum, microseconds.</summary>
        public long ChipEraseMax { get; private set; }

        /// <summary>The SFDP area served at 0x5A.</summary>
        public byte[] Sfdp { get; private set; }

        /// <summary>Winbond W25Q32JV, 4 MiB.</summary>
        public static NorChipModel W25Q32JV() { return new NorChipModel("W25Q32JV", 0xEF4016, 4 << 20, 0x15, false, true, 10000000, 50000000); }

        /// <summary>Winbond W25Q64JV, 8 MiB.</summary>
        public static NorChipModel W25Q64JV() { return new NorChipModel("W25Q64JV", 0xEF4017, 8 << 20, 0x16, false, true, 20000000, 100000000); }

        /// <summary>Winbond W25Q128JV, 16 MiB.</summary>
        public static NorChipModel W25Q128JV() { return new NorChipModel("W25Q128JV", 0xEF4018, 16 << 20, 0x17, false, true, 40000000, 200000000); }

        /// <summary>Winbond W25Q256JV, 32 MiB, 3- and 4-byte addressing.</summary>
        public static NorChipModel W25Q256JV() { return new NorChipModel("W25Q256JV", 0xEF4019, 32 << 20, 0x18, true, true, 80000000, 400000000); }

        /// <summary>Macronix MX25L12835F, 16 MiB.</summary>
        public static NorChipModel MX25L12835F() { return new NorChipModel("MX25L12835F", 0xC22018, 16 << 20, 0x17, false, false, 50000000, 150000000); }

        /// <summary>Macronix MX25R6435F, 8 MiB.</summary>
        public static NorChipModel MX25R6435F() { return new NorChipModel("MX25R6435F", 0xC22817, 8 << 20, 0x17, false, false, 35000000, 75000000); }

        /// <summary>All modelled parts.</summary>
        public static NorChipModel[] All()
        {
            return new NorChipModel[] { W25Q32JV(), W25Q64JV(), W25Q128JV(), W25Q256JV(), MX25L12835F(), MX25R6435F() };
        }
    }
}

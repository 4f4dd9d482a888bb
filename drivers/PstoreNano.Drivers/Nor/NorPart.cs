namespace PstoreNano.Drivers.Nor
{
    /// <summary>
    /// One known SPI NOR part: its JEDEC ID (manufacturer, memory type, capacity code), name, geometry
    /// and datasheet timing. SFDP, where the chip serves it, refines the erase units at run time.
    /// </summary>
    public sealed class NorPart
    {
        private static NorPart[] _known;

        /// <summary>Creates a part description.</summary>
        internal NorPart(int jedecId, string name, int capacity, bool fourByteAddressing, NorTiming timing)
        {
            JedecId = jedecId;
            Name = name;
            Capacity = capacity;
            FourByteAddressing = fourByteAddressing;
            Timing = timing;
        }

        /// <summary>Page size of every supported part: one page program never crosses a 256-byte page.</summary>
        public const int PageSize = 256;

        /// <summary>The three ID bytes of command 0x9F as one number, e.g. 0xEF4018.</summary>
        public int JedecId { get; private set; }

        /// <summary>Part name as on the datasheet.</summary>
        public string Name { get; private set; }

        /// <summary>Capacity in bytes.</summary>
        public int Capacity { get; private set; }

        /// <summary>True when the part needs 4-byte addresses to reach above 16 MiB (EN4B 0xB7).</summary>
        public bool FourByteAddressing { get; private set; }

        /// <summary>Datasheet program and erase times.</summary>
        internal NorTiming Timing { get; private set; }

        /// <summary>The JEDEC manufacturer byte (0xEF Winbond, 0xC2 Macronix).</summary>
        public int Manufacturer
        {
            get { return (JedecId >> 16) & 0xFF; }
        }

        /// <summary>Returns the known part with this JEDEC ID, or null.</summary>
        internal static NorPart Find(int jedecId)
        {
            NorPart[] known = Known;
            for (int i = 0; i < known.Length; i++)
            {
                if (known[i].JedecId == jedecId)
                {
                    return known[i];
                }
            }

            return null;
        }

        /// <summary>The parts this driver knows by JEDEC ID.</summary>
        internal static NorPart[] Known
        {
            get
            {
                if (_known == null)
                {
                    _known = CreateTable();
                }

                return _known;
            }
        }

        private static NorPart[] CreateTable()
        {
            // Figures checked against ../shared/research/nor-timing.md (datasheet maxima, vendor driver code and
            // the chips' own SFDP; its §4 lists every correction made here).
            // Winbond W25QxxJV family (one AC table, Rev M table 9.6): tPP 0.4/3 ms, tSE 45/400 ms, tBE1 (32 KiB)
            // 120/1600 ms, tBE2 (64 KiB) 150/2000 ms. The IM/JM parts (QE programmable) report memory type 0x70.
            NorTiming winbond = new NorTiming(400, 3000, 45000, 400000, 120000, 1600000, 150000, 2000000);

            // Macronix MX25L128xx (C2 20 18, shared by MX25L12805D/35E/35F/45E/45G/65E/73F/33F): tPP 0.33/1.2 ms,
            // tSE 43/200 ms, tBE32 0.16/1 s, tBE 0.32/2 s. Unverified against a datasheet; the only secondary
            // source gives smaller maxima, so these stay as the conservative ones.
            NorTiming mx25l = new NorTiming(330, 1200, 43000, 200000, 160000, 1000000, 320000, 2000000);

            // Macronix MX25R6435F in ultra-low-power mode, the mode it powers up in and the driver never leaves:
            // tPP 0.896/10 ms, tSE 48/240 ms, tBE32 0.24/3 s, tBE 0.48/3.5 s (maxima: Macronix LLD, ST BSP and
            // mbed configs; typicals: the chip's SFDP, DWORDs 10-11).
            NorTiming mx25r = new NorTiming(896, 10000, 48000, 240000, 240000, 3000000, 480000, 3500000);

            return new NorPart[]
            {
                new NorPart(0xEF4016, "W25Q32JV", 4 * 1024 * 1024, false, winbond),
                new NorPart(0xEF4017, "W25Q64JV", 8 * 1024 * 1024, false, winbond),
                new NorPart(0xEF4018, "W25Q128JV", 16 * 1024 * 1024, false, winbond),
                new NorPart(0xEF4019, "W25Q256JV", 32 * 1024 * 1024, true, winbond),
                new NorPart(0xEF7016, "W25Q32JV-IM/JM", 4 * 1024 * 1024, false, winbond),
                new NorPart(0xEF7017, "W25Q64JV-IM/JM", 8 * 1024 * 1024, false, winbond),
                new NorPart(0xEF7018, "W25Q128JV-IM/JM", 16 * 1024 * 1024, false, winbond),
                new NorPart(0xEF7019, "W25Q256JV-IM/JM", 32 * 1024 * 1024, true, winbond),
                new NorPart(0xC22018, "MX25L12835F", 16 * 1024 * 1024, false, mx25l),
                new NorPart(0xC22817, "MX25R6435F", 8 * 1024 * 1024, false, mx25r),
            };
        }
    }
}

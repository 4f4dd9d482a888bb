using System;

namespace PstoreNano.Drivers.Sd
{
    /// <summary>
    /// Finds the pstore region in a card's master boot record: four 16-byte entries at 0x1BE, signature
    /// 55 AA at 0x1FE, start LBA at entry + 8 and sector count at entry + 12 (little-endian). A GPT disk
    /// (protective entry of type 0xEE) and a superfloppy (a FAT boot sector at LBA 0, told apart as FatFs's
    /// check_fs does) are recognised and refused with a message that says what to do.
    /// </summary>
    public static class MbrPartitionTable
    {
        /// <summary>Partition type the project suggests for a raw pstore partition ("non-FS data").</summary>
        public const int PstoreType = 0xDA;

        /// <summary>Partition type of a GPT disk's protective MBR entry.</summary>
        public const int GptProtectiveType = 0xEE;

        private const int TableOffset = 0x1BE;
        private const int EntrySize = 16;

        /// <summary>
        /// Reads LBA 0 into <paramref name="sector"/> (512 bytes) and returns MBR partition
        /// <paramref name="number"/> (1..4). Throws <see cref="SdCardException"/> for a card without a table,
        /// a GPT or superfloppy card, an empty or invalid entry, or an entry that runs past the card.
        /// </summary>
        public static SdRegion FindByNumber(SpiSdCard card, byte[] sector, int number)
        {
            if (number < 1 || number > 4)
            {
                throw new ArgumentOutOfRangeException(nameof(number), "MBR partitions are numbered 1..4, was " + number + ".");
            }

            ReadTable(card, sector);
            int entry = TableOffset + (number - 1) * EntrySize;
            int type = sector[entry + 4];
            if (type == 0)
            {
                throw Refuse("MBR partition " + number + " is empty");
            }

            return Region(card, sector, number);
        }

        /// <summary>Reads LBA 0 and returns the first MBR partition of type <paramref name="type"/> (0xDA by convention).</summary>
        public static SdRegion FindByType(SpiSdCard card, byte[] sector, int type)
        {
            return Region(card, sector, NumberOfType(card, sector, type));
        }

        /// <summary>
        /// Reads LBA 0 and returns the number (1..4) of the first MBR partition of type <paramref name="type"/>,
        /// refused as <see cref="FindByType"/> refuses; a caller that configures by number starts here.
        /// </summary>
        public static int NumberOfType(SpiSdCard card, byte[] sector, int type)
        {
            ReadTable(card, sector);
            for (int number = 1; number <= 4; number++)
            {
                if (sector[TableOffset + (number - 1) * EntrySize + 4] == type)
                {
                    return number;
                }
            }

            throw Refuse("no MBR partition of type 0x" + type.ToString("X2"));
        }

        /// <summary>An explicit sector range, checked against the card's capacity.</summary>
        public static SdRegion Explicit(SpiSdCard card, long firstSector, long sectorCount)
        {
            if (firstSector < 0 || sectorCount <= 0 || firstSector > card.SectorCount - sectorCount)
            {
                throw Refuse("sectors " + firstSector + "+" + sectorCount + " do not fit the " + card.SectorCount + "-sector card");
            }

            return new SdRegion(firstSector, sectorCount, "sectors " + firstSector + "+" + sectorCount);
        }

        private static void ReadTable(SpiSdCard card, byte[] sector)
        {
            if (card == null)
            {
                throw new ArgumentNullException(nameof(card));
            }

            if (sector == null || sector.Length < SpiSdCard.SectorSize)
            {
                throw new ArgumentException("the MBR needs a 512-byte buffer", nameof(sector));
            }

            card.ReadSectors(0, sector, 0, 1);
            if (sector[0x1FE] != 0x55 || sector[0x1FF] != 0xAA)
            {
                throw Refuse("no partition table (LBA 0 lacks the 55 AA signature); partition the card or configure a sector range");
            }

            if (IsFatBootSector(sector))
            {
                throw Refuse("superfloppy card (a FAT file system at LBA 0, no partition table); repartition it with an MBR " +
                    "and a pstore partition (type 0xDA), or configure a sector range");
            }

            for (int number = 1; number <= 4; number++)
            {
                int entry = TableOffset + (number - 1) * EntrySize;
                if (sector[entry + 4] == GptProtectiveType)
                {
                    throw Refuse("GPT card (protective MBR entry " + number + " of type 0xEE) is not supported; repartition it " +
                        "with an MBR, or configure a sector range");
                }

                int status = sector[entry];
                if (sector[entry + 4] != 0 && status != 0x00 && status != 0x80)
                {
                    throw Refuse("MBR entry " + number + " has status 0x" + status.ToString("X2") + " (neither 0x00 nor 0x80): " +
                        "LBA 0 is no partition table");
                }
            }
        }

        // FatFs check_fs: a jump instruction and "FAT" at 54 (FAT12/16), "FAT32" at 82, or "EXFAT   " at 3.
        private static bool IsFatBootSector(byte[] s)
        {
            bool jump = s[0] == 0xEB || s[0] == 0xE9 || s[0] == 0xE8;
            return jump && (Matches(s, 54, "FAT") || Matches(s, 82, "FAT32") || Matches(s, 3, "EXFAT   "));
        }

        private static bool Matches(byte[] s, int offset, string text)
        {
            for (int i = 0; i < text.Length; i++)
            {
                if (s[offset + i] != (byte)text[i])
                {
                    return false;
                }
            }

            return true;
        }

        private static SdRegion Region(SpiSdCard card, byte[] sector, int number)
        {
            int entry = TableOffset + (number - 1) * EntrySize;
            long first = ReadUInt32(sector, entry + 8);
            long count = ReadUInt32(sector, entry + 12);
            int type = sector[entry + 4];
            if (first == 0 || count == 0 || first > card.SectorCount - count)
            {
                throw Refuse("MBR partition " + number + " (sectors " + first + "+" + count + ") does not fit the " +
                    card.SectorCount + "-sector card");
            }

            for (int other = 1; other <= 4; other++)
            {
                int o = TableOffset + (other - 1) * EntrySize;
                long otherFirst = ReadUInt32(sector, o + 8);
                long otherCount = ReadUInt32(sector, o + 12);
                if (other != number && sector[o + 4] != 0 && otherFirst < first + count && first < otherFirst + otherCount)
                {
                    throw Refuse("MBR partitions " + number + " and " + other + " overlap");
                }
            }

            return new SdRegion(first, count, "MBR partition " + number + " (type 0x" + type.ToString("X2") + ")");
        }

        private static long ReadUInt32(byte[] b, int offset)
        {
            return (long)b[offset] | ((long)b[offset + 1] << 8) | ((long)b[offset + 2] << 16) | ((long)b[offset + 3] << 24);
        }

        private static SdCardException Refuse(string what)
        {
            return new SdCardException("SD partition: " + what + ".", "MBR", 0, -1, false);
        }
    }
}

namespace PstoreNano.Simulators.Sd
{
    /// <summary>Writes what a card's LBA 0 holds: an MBR, a protective MBR of a GPT disk, a superfloppy boot sector.</summary>
    public static class SdCardImages
    {
        /// <summary>Writes an MBR with the given entries, each (type, first sector, sector count); unused entries stay empty.</summary>
        public static void WriteMbr(SimulatedSdCard card, params long[][] entries)
        {
            byte[] mbr = new byte[512];
            for (int i = 0; i < entries.Length; i++)
            {
                int e = 0x1BE + i * 16;
                mbr[e + 4] = (byte)entries[i][0];
                WriteUInt32(mbr, e + 8, entries[i][1]);
                WriteUInt32(mbr, e + 12, entries[i][2]);
            }

            mbr[0x1FE] = 0x55;
            mbr[0x1FF] = 0xAA;
            card.WriteSectorDirect(0, mbr, 0);
        }

        /// <summary>Writes the protective MBR of a GPT disk: one entry of type 0xEE over the whole card.</summary>
        public static void WriteProtectiveMbr(SimulatedSdCard card)
        {
            WriteMbr(card, new long[] { 0xEE, 1, card.Model.Sectors - 1 });
        }

        /// <summary>Writes a FAT32 boot sector at LBA 0 and no partition table, as a superfloppy formatter does.</summary>
        public static void WriteSuperfloppy(SimulatedSdCard card)
        {
            byte[] vbr = new byte[512];
            vbr[0] = 0xEB;
            vbr[1] = 0x58;
            vbr[2] = 0x90;
            byte[] name = System.Text.Encoding.ASCII.GetBytes("FAT32   ");
            System.Array.Copy(name, 0, vbr, 82, name.Length);
            vbr[0x1FE] = 0x55;
            vbr[0x1FF] = 0xAA;
            card.WriteSectorDirect(0, vbr, 0);
        }

        private static void WriteUInt32(byte[] b, int offset, long value)
        {
            b[offset] = (byte)value;
            b[offset + 1] = (byte)(value >> 8);
            b[offset + 2] = (byte)(value >> 16);
            b[offset + 3] = (byte)(value >> 24);
        }
    }
}

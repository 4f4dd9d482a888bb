namespace PstoreNano.Simulators.Nor
{
    /// <summary>
    /// Builds the JESD216B SFDP area a simulated chip serves: header ("SFDP", revision 1.6, one parameter
    /// header), the Basic Flash Parameter Table header (id 0xFF00, 16 DWORDs at 0x30) and a BFPT with the
    /// fields the parts' datasheets list: 4 KiB erase opcode 0x20, address bytes, density, erase types
    /// 4 KiB/0x20, 32 KiB/0x52, 64 KiB/0xD8, page size 256.
    /// </summary>
    public static class SfdpImage
    {
        private const int BfptAddress = 0x30;
        private const int BfptDwords = 16;

        /// <summary>The SFDP area for a part of <paramref name="capacity"/> bytes.</summary>
        public static byte[] Build(int capacity, bool fourByte)
        {
            byte[] sfdp = new byte[256];
            for (int i = 0; i < sfdp.Length; i++)
            {
                sfdp[i] = 0xFF;
            }

            Put(sfdp, 0, 0x50444653);                         // "SFDP"
            sfdp[4] = 6;                                       // minor revision
            sfdp[5] = 1;                                       // major revision
            sfdp[6] = 0;                                       // parameter headers - 1
            sfdp[7] = 0xFF;                                    // access protocol
            sfdp[8] = 0x00;                                    // BFPT id LSB
            sfdp[9] = 6;
            sfdp[10] = 1;
            sfdp[11] = BfptDwords;
            sfdp[12] = BfptAddress;
            sfdp[13] = 0;
            sfdp[14] = 0;
            sfdp[15] = 0xFF;                                   // BFPT id MSB

            int addressBytes = fourByte ? 1 : 0;
            int dword1 = unchecked((int)0xFFF00000) | (addressBytes << 17) | (0x20 << 8) | 0xE5;
            Put(sfdp, BfptAddress, dword1);
            Put(sfdp, BfptAddress + 4, (int)((long)capacity * 8 - 1));
            Put(sfdp, BfptAddress + 28, (0x52 << 24) | (15 << 16) | (0x20 << 8) | 12);
            Put(sfdp, BfptAddress + 32, (0x00 << 24) | (0 << 16) | (0xD8 << 8) | 16);
            Put(sfdp, BfptAddress + 40, unchecked((int)0xFFFFFF80) | 0x00);
            return sfdp;
        }

        private static void Put(byte[] data, int offset, int value)
        {
            data[offset] = (byte)value;
            data[offset + 1] = (byte)(value >> 8);
            data[offset + 2] = (byte)(value >> 16);
            data[offset + 3] = (byte)(value >> 24);
        }
    }
}

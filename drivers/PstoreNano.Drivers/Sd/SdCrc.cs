namespace PstoreNano.Drivers.Sd
{
    /// <summary>
    /// The two checksums of SD's SPI mode: CRC7 (polynomial x^7 + x^3 + 1) over a command's first five
    /// bytes, and CRC16-CCITT (x^16 + x^12 + x^5 + 1, initial 0) over a data block. Table-driven, tables
    /// built once; no call allocates, so the panic path may use them.
    /// </summary>
    internal static class SdCrc
    {
        private static readonly byte[] Crc7Table = BuildCrc7Table();
        private static readonly ushort[] Crc16Table = BuildCrc16Table();

        /// <summary>CRC7 of <paramref name="count"/> bytes, in bits 6..0.</summary>
        public static byte Crc7(byte[] data, int offset, int count)
        {
            int crc = 0;
            for (int i = 0; i < count; i++)
            {
                crc = Crc7Table[((crc << 1) ^ data[offset + i]) & 0xFF];
            }

            return (byte)crc;
        }

        /// <summary>CRC16-CCITT of <paramref name="count"/> bytes.</summary>
        public static ushort Crc16(byte[] data, int offset, int count)
        {
            int crc = 0;
            for (int i = 0; i < count; i++)
            {
                crc = ((crc << 8) ^ Crc16Table[((crc >> 8) ^ data[offset + i]) & 0xFF]) & 0xFFFF;
            }

            return (ushort)crc;
        }

        private static byte[] BuildCrc7Table()
        {
            byte[] table = new byte[256];
            for (int i = 0; i < 256; i++)
            {
                int crc = (i & 0x80) != 0 ? i ^ 0x89 : i;
                for (int bit = 1; bit < 8; bit++)
                {
                    crc = (crc << 1) & 0xFF;
                    if ((crc & 0x80) != 0)
                    {
                        crc ^= 0x89;
                    }
                }

                table[i] = (byte)crc;
            }

            return table;
        }

        private static ushort[] BuildCrc16Table()
        {
            ushort[] table = new ushort[256];
            for (int i = 0; i < 256; i++)
            {
                int crc = i << 8;
                for (int bit = 0; bit < 8; bit++)
                {
                    crc = (crc & 0x8000) != 0 ? (crc << 1) ^ 0x1021 : crc << 1;
                }

                table[i] = (ushort)crc;
            }

            return table;
        }
    }
}

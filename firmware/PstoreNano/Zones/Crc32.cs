namespace PstoreNano.Zones
{
    /// <summary>
    /// CRC-32 (IEEE 802.3, reflected polynomial 0xEDB88320, initial value and final xor 0xFFFFFFFF),
    /// table driven. The table loop is the one per-byte loop the write path allows.
    /// </summary>
    internal static class Crc32
    {
        private static readonly uint[] Table = BuildTable();

        /// <summary>The value to start a running CRC with.</summary>
        public const uint Initial = 0xFFFFFFFF;

        /// <summary>Feeds bytes into a running CRC (start from <see cref="Initial"/>).</summary>
        public static uint Update(uint crc, byte[] buffer, int offset, int count)
        {
            uint[] table = Table;
            int end = offset + count;
            for (int i = offset; i < end; i++)
            {
                crc = table[(crc ^ buffer[i]) & 0xFF] ^ (crc >> 8);
            }

            return crc;
        }

        /// <summary>Finishes a running CRC.</summary>
        public static uint Finish(uint crc)
        {
            return crc ^ 0xFFFFFFFF;
        }

        /// <summary>CRC-32 of one byte range.</summary>
        public static uint Compute(byte[] buffer, int offset, int count)
        {
            return Finish(Update(Initial, buffer, offset, count));
        }

        private static uint[] BuildTable()
        {
            uint[] table = new uint[256];
            for (uint n = 0; n < 256; n++)
            {
                uint c = n;
                for (int k = 0; k < 8; k++)
                {
                    c = (c & 1) != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1;
                }

                table[n] = c;
            }

            return table;
        }
    }
}

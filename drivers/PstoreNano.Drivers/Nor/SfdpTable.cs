namespace PstoreNano.Drivers.Nor
{
    /// <summary>
    /// What the driver takes from a chip's JESD216 SFDP data: the SFDP header and the first parameter
    /// header (which must be the Basic Flash Parameter Table, id 0xFF00), then BFPT DWORD 1 (address
    /// bytes), DWORD 2 (density), DWORDs 8-9 (up to four erase types: size as a power of two and
    /// opcode) and DWORD 11 (page size) when the table is that long.
    /// </summary>
    internal sealed class SfdpTable
    {
        /// <summary>Bytes of the SFDP header plus one parameter header, read first.</summary>
        public const int HeaderLength = 16;

        /// <summary>Most BFPT DWORDs the driver reads (JESD216B has 16; later fields are not used).</summary>
        public const int MaxBfptDwords = 16;

        /// <summary>"SFDP" read as a little-endian 32-bit number.</summary>
        public const int Signature = 0x50444653;

        private readonly int[] _eraseSizes = new int[4];
        private readonly int[] _eraseOpcodes = new int[4];

        /// <summary>True after a successful <see cref="ParseHeader"/> and <see cref="ParseBfpt"/>.</summary>
        public bool IsValid { get; private set; }

        /// <summary>SFDP address of the Basic Flash Parameter Table.</summary>
        public int BfptPointer { get; private set; }

        /// <summary>Length of the Basic Flash Parameter Table in DWORDs (at most <see cref="MaxBfptDwords"/>).</summary>
        public int BfptDwords { get; private set; }

        /// <summary>Capacity in bytes from DWORD 2 (0 when it exceeds 2 GiB, which this driver does not address).</summary>
        public int Capacity { get; private set; }

        /// <summary>DWORD 1 bits 18:17: 0 = 3-byte addresses only, 1 = 3 or 4 bytes, 2 = 4 bytes only.</summary>
        public int AddressMode { get; private set; }

        /// <summary>Page size from DWORD 11, or 256 when the table has no DWORD 11.</summary>
        public int PageSize { get; private set; }

        /// <summary>Size in bytes of erase type <paramref name="index"/> (0-3), 0 when the type is unused.</summary>
        public int EraseSize(int index)
        {
            return _eraseSizes[index];
        }

        /// <summary>Opcode of erase type <paramref name="index"/> (0-3).</summary>
        public int EraseOpcode(int index)
        {
            return _eraseOpcodes[index];
        }

        /// <summary>
        /// Checks the SFDP signature and finds the BFPT in the first <see cref="HeaderLength"/> bytes.
        /// Returns false when the chip serves no SFDP (blank, wrong signature or no BFPT first).
        /// </summary>
        public bool ParseHeader(byte[] header)
        {
            IsValid = false;
            if (Dword(header, 0) != Signature)
            {
                return false;
            }

            // Parameter header 0: id LSB, minor, major, length in DWORDs, 24-bit pointer, id MSB.
            if (header[8] != 0x00 || header[15] != 0xFF || header[11] < 9)
            {
                return false;
            }

            BfptDwords = header[11] > MaxBfptDwords ? MaxBfptDwords : header[11];
            BfptPointer = header[12] | (header[13] << 8) | (header[14] << 16);
            return true;
        }

        /// <summary>Decodes the BFPT read from <see cref="BfptPointer"/> (<see cref="BfptDwords"/> DWORDs).</summary>
        public bool ParseBfpt(byte[] bfpt)
        {
            IsValid = false;
            int dword1 = Dword(bfpt, 0);
            AddressMode = (dword1 >> 17) & 0x3;

            // DWORD 2: bit 31 clear = density in bits minus one, set = density is 2^N bits.
            int dword2 = Dword(bfpt, 4);
            long bits;
            if ((dword2 & unchecked((int)0x80000000)) == 0)
            {
                bits = (long)(uint)dword2 + 1;
            }
            else
            {
                int n = dword2 & 0x7FFFFFFF;
                bits = n < 35 ? 1L << n : 0;
            }

            long bytes = bits / 8;
            Capacity = bytes > 0 && bytes <= 0x40000000 ? (int)bytes : 0;

            for (int i = 0; i < 4; i++)
            {
                int dword = Dword(bfpt, i < 2 ? 28 : 32);
                int shift = (i & 1) * 16;
                int sizeExponent = (dword >> shift) & 0xFF;
                _eraseSizes[i] = sizeExponent > 0 && sizeExponent < 31 ? 1 << sizeExponent : 0;
                _eraseOpcodes[i] = (dword >> (shift + 8)) & 0xFF;
            }

            PageSize = 256;
            if (BfptDwords >= 11)
            {
                int pageExponent = (Dword(bfpt, 40) >> 4) & 0xF;
                PageSize = 1 << pageExponent;
            }

            IsValid = Capacity > 0;
            return IsValid;
        }

        private static int Dword(byte[] data, int offset)
        {
            return data[offset] | (data[offset + 1] << 8) | (data[offset + 2] << 16) | (data[offset + 3] << 24);
        }
    }
}

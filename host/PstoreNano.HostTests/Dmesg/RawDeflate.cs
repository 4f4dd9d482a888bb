using System.IO;
using System.IO.Compression;

namespace PstoreNano.HostTests.Dmesg
{
    /// <summary>
    /// Host-side reading of compressed dmesg records: Linux's pstore stores them as raw deflate (no zlib
    /// or gzip header), which the device never inflates.
    /// </summary>
    public static class RawDeflate
    {
        /// <summary>Inflates a whole raw-deflate record.</summary>
        public static byte[] Inflate(byte[] compressed)
        {
            using (MemoryStream input = new MemoryStream(compressed))
            using (DeflateStream inflater = new DeflateStream(input, CompressionMode.Decompress))
            using (MemoryStream output = new MemoryStream())
            {
                inflater.CopyTo(output);
                return output.ToArray();
            }
        }
    }
}

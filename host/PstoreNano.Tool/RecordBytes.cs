using System.IO;
using System.IO.Compression;
using PstoreNano.Records;

namespace PstoreNano.Tool
{
    /// <summary>A record's bytes as /sys/fs/pstore shows them: read in pieces, compressed dmesg text inflated.</summary>
    public static class RecordBytes
    {
        /// <summary>The record as stored (compressed records stay compressed).</summary>
        public static byte[] ReadStored(Pstore store, PstoreRecord record)
        {
            MemoryStream all = new MemoryStream();
            byte[] piece = new byte[512];
            int position = 0;
            while (true)
            {
                int n = store.ReadRecord(record, position, piece, 0, piece.Length);
                if (n == 0)
                {
                    break;
                }

                all.Write(piece, 0, n);
                position += n;
            }

            return all.ToArray();
        }

        /// <summary>
        /// Inflates raw deflate data (Linux pstore's default compression); false when the stream is damaged,
        /// which Linux shows as the raw bytes in a file named NAME.enc.z.
        /// </summary>
        public static bool TryInflate(byte[] compressed, out byte[] text)
        {
            try
            {
                using (DeflateStream inflater = new DeflateStream(new MemoryStream(compressed), CompressionMode.Decompress))
                using (MemoryStream output = new MemoryStream())
                {
                    inflater.CopyTo(output);
                    text = output.ToArray();
                    return true;
                }
            }
            catch (InvalidDataException)
            {
                text = null;
                return false;
            }
        }

        /// <summary>What the user sees of a record: the stored bytes, inflated if compressed; null if they do not inflate.</summary>
        public static byte[] ReadShown(Pstore store, PstoreRecord record)
        {
            byte[] stored = ReadStored(store, record);
            if (!record.Compressed)
            {
                return stored;
            }

            return TryInflate(stored, out byte[] text) ? text : null;
        }

        /// <summary>Linux's name for a compressed record it cannot inflate.</summary>
        public static string RawName(PstoreRecord record)
        {
            return record.Name + ".enc.z";
        }
    }
}

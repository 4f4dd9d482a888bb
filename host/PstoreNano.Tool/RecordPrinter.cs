using System;
using System.IO;
using System.IO.Compression;
using PstoreNano.Records;

namespace PstoreNano.Tool
{
    /// <summary>Prints records as /sys/fs/pstore would show them.</summary>
    public static class RecordPrinter
    {
        /// <summary>One line per record: name, type, reason, counter, time, size, boot.</summary>
        public static void PrintList(Pstore store, TextWriter w)
        {
            PstoreRecord[] records = store.ListRecords();
            if (records.Length == 0)
            {
                w.WriteLine("  (no records)");
                return;
            }

            foreach (PstoreRecord r in records)
            {
                if (r.Type == RecordType.Dmesg)
                {
                    w.WriteLine("  {0,-24} {1,-9} counter {2,-4} time {3}.{4:D9}  {5} bytes{6}",
                        r.Name, r.Reason, r.Counter, r.TimeSeconds, r.TimeNanoseconds, r.Size, r.Compressed ? " (compressed)" : "");
                }
                else
                {
                    w.WriteLine("  {0,-24} {1,-9} boot {2,-7} {3} bytes", r.Name, "pmsg", r.BootNumber, r.Size);
                }
            }
        }

        /// <summary>The bytes of one record, read in pieces; compressed dmesg records are inflated (as Linux shows them).</summary>
        public static byte[] ReadAll(Pstore store, PstoreRecord record)
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

            byte[] bytes = all.ToArray();
            return record.Compressed ? Inflate(bytes) : bytes;
        }

        /// <summary>Inflates raw deflate data (Linux pstore's default compression).</summary>
        public static byte[] Inflate(byte[] compressed)
        {
            using (DeflateStream inflater = new DeflateStream(new MemoryStream(compressed), CompressionMode.Decompress))
            using (MemoryStream output = new MemoryStream())
            {
                inflater.CopyTo(output);
                return output.ToArray();
            }
        }

        /// <summary>Finds a record by name, or throws naming what exists.</summary>
        public static PstoreRecord Find(Pstore store, string name)
        {
            PstoreRecord[] records = store.ListRecords();
            foreach (PstoreRecord r in records)
            {
                if (r.Name == name)
                {
                    return r;
                }
            }

            string names = records.Length == 0 ? "none" : string.Join(", ", Array.ConvertAll(records, r => r.Name));
            throw new ArgumentException("no record named " + name + " (records: " + names + ")");
        }
    }
}

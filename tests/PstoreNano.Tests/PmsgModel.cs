using System;
using System.Collections;
using PstoreNano.Devices;
using PstoreNano.Records;
using PstoreNano.Testing;
using PstoreNano.Zones;

namespace PstoreNano.Tests
{
    /// <summary>
    /// What a pmsg ring must hold: every write made, with its boot. The ring may have forgotten a
    /// prefix of the writes (wrap, trim), never anything else, and each boot's bytes must be exact.
    /// </summary>
    internal sealed class PmsgModel
    {
        private readonly ArrayList _writes = new ArrayList();
        private readonly ArrayList _boots = new ArrayList();

        /// <summary>Writes recorded.</summary>
        public int Count
        {
            get { return _writes.Count; }
        }

        /// <summary>Bytes of write <paramref name="index"/>.</summary>
        public int SizeOf(int index)
        {
            return ((byte[])_writes[index]).Length;
        }

        /// <summary>Index of the first write not deleted by a trim.</summary>
        public int Trimmed;

        /// <summary>Records a write (the bytes the ring reported as kept).</summary>
        public void Add(byte[] data, uint boot)
        {
            _writes.Add(data);
            _boots.Add(boot);
        }

        /// <summary>An independent copy.</summary>
        public PmsgModel Copy()
        {
            PmsgModel copy = new PmsgModel();
            for (int i = 0; i < _writes.Count; i++)
            {
                copy.Add((byte[])_writes[i], (uint)_boots[i]);
            }

            copy.Trimmed = Trimmed;
            return copy;
        }

        /// <summary>Forgets the last write (an in-flight write that the cut dropped).</summary>
        public void RemoveLast()
        {
            _writes.RemoveAt(_writes.Count - 1);
            _boots.RemoveAt(_boots.Count - 1);
        }

        /// <summary>Deletes every write up to and including boot <paramref name="boot"/>.</summary>
        public void TrimThrough(uint boot)
        {
            while (Trimmed < _writes.Count && (uint)_boots[Trimmed] <= boot)
            {
                Trimmed++;
            }
        }

        /// <summary>Deletes every write.</summary>
        public void TrimAll()
        {
            Trimmed = _writes.Count;
        }

        /// <summary>
        /// Checks the ring's records against the model: the writes the ring holds are writes[k..] for
        /// some k ≥ Trimmed and k ≤ <paramref name="mustKeepFrom"/>, grouped into one record per boot,
        /// with exact bytes. Returns an error message, or null if the ring is right.
        /// </summary>
        public string Check(PmsgRing ring, string deviceName, int mustKeepFrom)
        {
            ArrayList records = new ArrayList();
            ring.ListRecords(records);
            byte[] actual = PmsgKit.ReadAll(ring, records);
            int k = _writes.Count;
            int tailBytes = 0;
            while (k > 0 && tailBytes < actual.Length)
            {
                k--;
                tailBytes += ((byte[])_writes[k]).Length;
            }

            if (tailBytes != actual.Length)
            {
                return "ring holds " + actual.Length + " bytes, not a whole suffix of the " + _writes.Count + " writes";
            }

            if (k < Trimmed)
            {
                return "ring shows write " + k + " but writes before " + Trimmed + " were erased";
            }

            if (k > mustKeepFrom)
            {
                return "ring lost write " + (k - 1) + " (must keep writes from " + mustKeepFrom + ")";
            }

            int at = 0;
            int recordIndex = -1;
            uint boot = 0;
            int recordBytes = 0;
            for (int i = k; i < _writes.Count; i++)
            {
                byte[] w = (byte[])_writes[i];
                uint b = (uint)_boots[i];
                if (recordIndex < 0 || b != boot)
                {
                    string e = CheckRecordSize(records, recordIndex, recordBytes);
                    if (e != null)
                    {
                        return e;
                    }

                    recordIndex++;
                    boot = b;
                    recordBytes = 0;
                    if (recordIndex >= records.Count)
                    {
                        return "no record for boot " + b;
                    }

                    PstoreRecord r = (PstoreRecord)records[recordIndex];
                    if (r.BootNumber != b || r.Name != "pmsg-" + deviceName + "-" + b)
                    {
                        return "record " + recordIndex + " is " + r.Name + ", expected boot " + b;
                    }
                }

                for (int j = 0; j < w.Length; j++)
                {
                    if (actual[at + j] != w[j])
                    {
                        return "write " + i + " byte " + j + " differs";
                    }
                }

                at += w.Length;
                recordBytes += w.Length;
            }

            string last = CheckRecordSize(records, recordIndex, recordBytes);
            if (last != null)
            {
                return last;
            }

            if (recordIndex + 1 != records.Count)
            {
                return records.Count + " records, expected " + (recordIndex + 1);
            }

            return null;
        }

        private static string CheckRecordSize(ArrayList records, int index, int bytes)
        {
            if (index >= 0 && ((PstoreRecord)records[index]).Size != bytes)
            {
                return "record " + index + " has size " + ((PstoreRecord)records[index]).Size + ", expected " + bytes;
            }

            return null;
        }
    }

    /// <summary>Helpers the pmsg tests share.</summary>
    internal static class PmsgKit
    {
        /// <summary>Erase unit of the test devices.</summary>
        public const int EraseSize = 4096;

        /// <summary>A fresh NOR-like device of <paramref name="segments"/> segments.</summary>
        public static MemoryFlashDevice NewDevice(int segments)
        {
            return new MemoryFlashDevice(segments * EraseSize, 256, EraseSize, "pstore_mem");
        }

        /// <summary>Binds and mounts a ring over the whole device.</summary>
        public static PmsgRing Mount(IZoneDevice device)
        {
            MountReport report = new MountReport();
            return Mount(device, report);
        }

        /// <summary>Binds and mounts a ring over the whole device, filling <paramref name="report"/>.</summary>
        public static PmsgRing Mount(IZoneDevice device, MountReport report)
        {
            PmsgRing ring = new PmsgRing(device, 0, device.Size);
            ring.Mount(report);
            return ring;
        }

        /// <summary>Deterministic test bytes.</summary>
        public static byte[] Pattern(int length, int seed)
        {
            byte[] b = new byte[length];
            uint x = (uint)seed * 2654435761u + 12345;
            for (int i = 0; i < length; i++)
            {
                x = x * 1103515245 + 12345;
                b[i] = (byte)(x >> 16);
            }

            return b;
        }

        /// <summary>Reads a record whole, in pieces of <paramref name="piece"/> bytes.</summary>
        public static byte[] ReadRecord(PmsgRing ring, PstoreRecord record, int piece)
        {
            byte[] all = new byte[record.Size];
            byte[] buffer = new byte[piece];
            int at = 0;
            while (true)
            {
                int n = ring.Read(record, at, buffer, 0, piece);
                if (n == 0)
                {
                    break;
                }

                if (at + n > all.Length)
                {
                    throw new Exception("record " + record.Name + " reads past its size " + record.Size);
                }

                Array.Copy(buffer, 0, all, at, n);
                at += n;
            }

            if (at != record.Size)
            {
                throw new Exception("record " + record.Name + " read " + at + " bytes, size says " + record.Size);
            }

            return all;
        }

        /// <summary>All records' bytes, oldest first.</summary>
        public static byte[] ReadAll(PmsgRing ring, ArrayList records)
        {
            int total = 0;
            for (int i = 0; i < records.Count; i++)
            {
                total += ((PstoreRecord)records[i]).Size;
            }

            byte[] all = new byte[total];
            int at = 0;
            for (int i = 0; i < records.Count; i++)
            {
                byte[] one = ReadRecord(ring, (PstoreRecord)records[i], 97);
                Array.Copy(one, 0, all, at, one.Length);
                at += one.Length;
            }

            return all;
        }

        /// <summary>The ring's records.</summary>
        public static ArrayList List(PmsgRing ring)
        {
            ArrayList records = new ArrayList();
            ring.ListRecords(records);
            return records;
        }
    }
}

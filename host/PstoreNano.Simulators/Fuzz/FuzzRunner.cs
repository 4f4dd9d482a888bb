using System;
using System.Collections.Generic;
using System.Text;
using PstoreNano.Config;
using PstoreNano.Engine;
using PstoreNano.Records;
using PstoreNano.Testing;

namespace PstoreNano.Simulators.Fuzz
{
    /// <summary>
    /// Runs fuzz cases: damage a valid image, mount it, list and read every record in random pieces, remount,
    /// then use the store (erase, log, dump, remount, read back). A case fails on any exception but the
    /// documented PstoreConfigException, an access outside the partition, device calls beyond the bound, a
    /// listing that changes between two later mounts, a record whose bytes differ from its size, or a store
    /// that does not give back what was written after the damage.
    /// </summary>
    public sealed class FuzzRunner
    {
        /// <summary>Cases run, per kind and outcome ("kind outcome" → count).</summary>
        public SortedDictionary<string, int> Totals { get; } = new SortedDictionary<string, int>(StringComparer.Ordinal);

        /// <summary>Failed cases with what failed, in run order.</summary>
        public List<string> Failures { get; } = new List<string>();

        /// <summary>Cases run.</summary>
        public int Cases { get; private set; }

        /// <summary>Runs cases <paramref name="first"/>..<paramref name="first"/>+<paramref name="count"/>-1 of <paramref name="seed"/>.</summary>
        public void Run(int seed, int first, int count)
        {
            for (int i = first; i < first + count; i++)
            {
                FuzzCase c = new FuzzCase(seed, i);
                string outcome;
                string failure = RunCase(c, out outcome);
                Count(c.Kind + " " + (failure == null ? outcome : "FAILED"));
                if (failure != null)
                {
                    Failures.Add(c + " (" + c.Kind + (c.Block ? ", block" : ", nor") + "): " + failure);
                }
            }
        }

        /// <summary>Runs one case; null if it passed, else what failed. <paramref name="outcome"/> names what the store made of the image.</summary>
        public string RunCase(FuzzCase c, out string outcome)
        {
            Cases++;
            outcome = "?";
            Random random = c.NewRandom();
            int segment = FuzzImages.SegmentSize(c.Block);
            PstoreConfig config = FuzzImages.Config();
            byte[] image = new ImageMutator(random, config.PmsgSize, config.KmsgSize, segment)
                .Mutate(FuzzImages.Written(c.Block), c.Kind);
            MemoryDevice memory = FuzzImages.Device(image, c.Block);
            FencedDevice device = new FencedDevice(memory);
            try
            {
                Pstore store;
                try
                {
                    store = Pstore.Mount(device, config, new NoWallClock());
                }
                catch (PstoreConfigException)
                {
                    outcome = "refused by the configuration check";
                    return memory.BytesProgrammed == 0 && memory.EraseOps == 0 ? null : "a refused mount wrote to the device";
                }

                long bound = MountCallBound(device.Size, segment, config.KmsgSize);
                if (device.Calls > bound)
                {
                    return "mount made " + device.Calls + " device calls, bound " + bound;
                }

                if (store.Report.LayoutMismatch)
                {
                    outcome = "layout mismatch reported";
                    if (memory.BytesProgrammed != 0 || memory.EraseOps != 0)
                    {
                        return "the mount wrote to a partition of another layout";
                    }

                    store.Reformat();
                }
                else
                {
                    outcome = Damage(store.Report) ? "damage reported" : "no damage seen";
                }

                string error = ReadEverything(store, random, "first mount");
                if (error != null)
                {
                    return error;
                }

                // Mount may repair (drop a torn tail, erase ahead): from the second mount on the listing is fixed.
                string second = Listing(Pstore.Mount(device, config, new NoWallClock()));
                Pstore third = Pstore.Mount(device, config, new NoWallClock());
                if (Listing(third) != second)
                {
                    return "listing changed between two remounts:\n  " + second + "\n  " + Listing(third);
                }

                error = ReadEverything(third, random, "third mount");
                return error ?? StillUsable(device, config, c);
            }
            catch (Exception e)
            {
                return (device.Violation != null ? "outside the partition: " + device.Violation + "; " : "") +
                    e.GetType().Name + ": " + e.Message + "\n" + e.StackTrace;
            }
        }

        /// <summary>The totals as lines "kind outcome: count".</summary>
        public string Summary()
        {
            StringBuilder text = new StringBuilder();
            foreach (KeyValuePair<string, int> total in Totals)
            {
                text.Append("  ").Append(total.Key).Append(": ").Append(total.Value).Append('\n');
            }

            return text.ToString();
        }

        // Header reads per segment (twice: head search and chain), the head's chunk headers, one dmesg header per
        // zone, the erase-ahead check and the clean-erase protocol: proportional to segments and zones.
        private static long MountCallBound(int size, int segment, int zoneSize)
        {
            return 3L * (size / segment) + size / zoneSize * 4 + segment / 16 + 64;
        }

        private static bool Damage(MountReport r)
        {
            return r.PmsgCorruptChunks > 0 || r.DmesgInvalid > 0 || r.DmesgOvertop > 0;
        }

        private static string ReadEverything(Pstore store, Random random, string when)
        {
            HashSet<string> names = new HashSet<string>();
            foreach (PstoreRecord record in store.ListRecords())
            {
                if (!names.Add(record.Name))
                {
                    return when + ": two records named " + record.Name;
                }

                byte[] piece = new byte[1 + random.Next(700)];
                int position = 0;
                while (true)
                {
                    int n = store.ReadRecord(record, position, piece, 0, piece.Length);
                    if (n == 0)
                    {
                        break;
                    }

                    position += n;
                    if (position > record.Size)
                    {
                        return when + ": " + record.Name + " reads past its size " + record.Size;
                    }
                }

                if (position != record.Size)
                {
                    return when + ": " + record.Name + " lists " + record.Size + " bytes but reads " + position;
                }
            }

            return null;
        }

        private static string Listing(Pstore store)
        {
            StringBuilder text = new StringBuilder();
            foreach (PstoreRecord r in store.ListRecords())
            {
                text.Append(r.Name).Append('=').Append(r.Size).Append(' ');
            }

            return text.ToString();
        }

        // Whatever the damage, the store must go on working: erase it all, write, dump, and read both back.
        private static string StillUsable(FencedDevice device, PstoreConfig config, FuzzCase c)
        {
            Pstore store = Pstore.Mount(device, config, new NoWallClock());
            store.EraseAll();
            string line = "after damage " + c;
            store.Log(line);
            if (!store.Dump(DumpReason.Oops, "System.Exception", "fuzz " + c, null))
            {
                return "no dump was stored after erase-all: " + store.LastDumpFailure;
            }

            Pstore after = Pstore.Mount(device, config, new NoWallClock());
            bool pmsg = false;
            bool dmesg = false;
            foreach (PstoreRecord r in after.ListRecords())
            {
                byte[] bytes = new byte[r.Size];
                after.ReadRecord(r, 0, bytes, 0, bytes.Length);
                string text = Encoding.UTF8.GetString(bytes);
                pmsg |= r.Type == RecordType.Pmsg && text == line + "\n";
                dmesg |= r.Type == RecordType.Dmesg && text.Contains("System.Exception: fuzz " + c);
                if (r.Type == RecordType.Pmsg && text != line + "\n")
                {
                    return "after erase-all and one write the pmsg record " + r.Name + " holds " + bytes.Length + " bytes: " + text;
                }
            }

            return pmsg && dmesg ? null : "after erase-all the new " + (pmsg ? "dump" : "pmsg line") + " was not read back";
        }

        private void Count(string key)
        {
            Totals.TryGetValue(key, out int n);
            Totals[key] = n + 1;
        }
    }
}

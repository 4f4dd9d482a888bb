using System.Collections;
using nanoFramework.TestFramework;
using PstoreNano.Config;
using PstoreNano.Devices;
using PstoreNano.Engine;
using PstoreNano.Records;
using PstoreNano.Zones;

namespace PstoreNano.Tests
{
    /// <summary>A wall clock that says what the test sets.</summary>
    public sealed class FixedClock : IWallClock
    {
        /// <summary>Seconds returned.</summary>
        public long Seconds;

        /// <summary>Nanoseconds returned.</summary>
        public long Nanoseconds;

        /// <summary>False makes the clock unknown.</summary>
        public bool Known = true;

        /// <summary>Creates a clock at the given time.</summary>
        public FixedClock(long seconds, long nanoseconds)
        {
            Seconds = seconds;
            Nanoseconds = nanoseconds;
        }

        /// <inheritdoc/>
        public bool TryGetUnixTime(out long seconds, out long nanoseconds)
        {
            seconds = Seconds;
            nanoseconds = Nanoseconds;
            return Known;
        }
    }

    /// <summary>Shared set-up of the dmesg tests: layouts, mounts, Linux-layout zones built by hand.</summary>
    internal static class DmesgTestKit
    {
        /// <summary>A layout with only dmesg zones of <paramref name="zoneSize"/> bytes.</summary>
        public static ZoneLayout Layout(IZoneDevice device, int zoneSize)
        {
            PstoreConfig config = PstoreConfig.Defaults();
            config.KmsgSize = zoneSize;
            config.PmsgSize = 0;
            return ZoneLayout.Create(config, device.Size, device.EraseSize);
        }

        /// <summary>Binds and mounts the zones.</summary>
        public static DmesgZones Mount(IZoneDevice device, int zoneSize, int maxReason, IWallClock clock, MountReport report)
        {
            DmesgZones zones = new DmesgZones(device, Layout(device, zoneSize), maxReason, clock);
            zones.Mount(report);
            return zones;
        }

        /// <summary>Mounts with max_reason 2 and no clock, discarding the report.</summary>
        public static DmesgZones Mount(IZoneDevice device, int zoneSize)
        {
            return Mount(device, zoneSize, 2, new NoWallClock(), new MountReport());
        }

        /// <summary>The records listed now.</summary>
        public static PstoreRecord[] List(DmesgZones zones)
        {
            ArrayList list = new ArrayList();
            zones.ListRecords(list);
            PstoreRecord[] records = new PstoreRecord[list.Count];
            for (int i = 0; i < records.Length; i++)
            {
                records[i] = (PstoreRecord)list[i];
            }

            return records;
        }

        /// <summary>A whole record read in pieces of <paramref name="piece"/> bytes.</summary>
        public static byte[] ReadAll(DmesgZones zones, PstoreRecord record, int piece)
        {
            byte[] all = new byte[record.Size];
            byte[] chunk = new byte[piece];
            int position = 0;
            while (true)
            {
                int n = zones.Read(record, position, chunk, 0, piece);
                if (n == 0)
                {
                    break;
                }

                System.Array.Copy(chunk, 0, all, position, n);
                position += n;
            }

            Assert.AreEqual(record.Size, position, "bytes read of " + record.Name);
            return all;
        }

        /// <summary>The text of a record as a string.</summary>
        public static string ReadText(DmesgZones zones, PstoreRecord record)
        {
            byte[] all = ReadAll(zones, record, 4096);
            return PstoreNano.Text.Utf8.Decode(all, 0, all.Length);
        }

        /// <summary>
        /// Writes the 52 header bytes of a zone straight from the Linux layout table (not through the
        /// engine's own header code), so tests can build any header, valid or not.
        /// </summary>
        public static void PutHeader(byte[] image, int zoneAddress, uint sig, int datalen, int start, uint magic,
            long seconds, long nanoseconds, byte compressed, uint counter, int reason)
        {
            for (int i = 0; i < 52; i++)
            {
                image[zoneAddress + i] = 0;
            }

            PutLe(image, zoneAddress + 0, sig, 4);
            PutLe(image, zoneAddress + 4, (uint)datalen, 4);
            PutLe(image, zoneAddress + 8, (uint)start, 4);
            PutLe(image, zoneAddress + 12, magic, 4);
            PutLe(image, zoneAddress + 20, (ulong)seconds, 8);
            PutLe(image, zoneAddress + 28, (ulong)nanoseconds, 8);
            image[zoneAddress + 36] = compressed;
            PutLe(image, zoneAddress + 40, counter, 4);
            PutLe(image, zoneAddress + 44, (uint)reason, 4);
        }

        /// <summary>A valid record of <paramref name="text"/> built by hand at <paramref name="zoneAddress"/>.</summary>
        public static void PutRecord(byte[] image, int zoneAddress, long seconds, uint counter, int reason, string text)
        {
            byte[] bytes = Bytes(text);
            PutHeader(image, zoneAddress, 0x43474244, 40 + bytes.Length, 0, 0x4dfc3ae5, seconds, 0, 0, counter, reason);
            System.Array.Copy(bytes, 0, image, zoneAddress + 52, bytes.Length);
        }

        /// <summary>UTF-8 bytes of a string.</summary>
        public static byte[] Bytes(string text)
        {
            byte[] bytes = new byte[PstoreNano.Text.Utf8.ByteCount(text)];
            int charIndex = 0;
            PstoreNano.Text.Utf8.Encode(text, ref charIndex, bytes, 0, bytes.Length);
            return bytes;
        }

        private static void PutLe(byte[] image, int at, ulong value, int size)
        {
            for (int i = 0; i < size; i++)
            {
                image[at + i] = (byte)(value >> (8 * i));
            }
        }
    }
}

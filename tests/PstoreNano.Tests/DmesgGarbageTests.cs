using System;
using nanoFramework.TestFramework;
using PstoreNano.Devices;
using PstoreNano.Engine;
using PstoreNano.Records;
using PstoreNano.Testing;
using PstoreNano.Zones;

namespace PstoreNano.Tests
{
    [TestClass]
    public class DmesgGarbageTests
    {
        private const int ZoneSize = 4096;
        private const int Zones = 8;

        // Mount, list, read every record whole and in odd pieces, erase all, dump: nothing may throw
        // (a read outside the partition would: the RAM devices check every range).
        private static void Exercise(IZoneDevice device, int seed)
        {
            MountReport report = new MountReport();
            DmesgZones zones = DmesgTestKit.Mount(device, ZoneSize, 4, new NoWallClock(), report);
            PstoreRecord[] records = DmesgTestKit.List(zones);
            Assert.AreEqual(records.Length, report.DmesgRecords, "seed " + seed);
            for (int i = 0; i < records.Length; i++)
            {
                Assert.IsTrue(records[i].Size >= 0 && records[i].Size <= ZoneSize, "seed " + seed);
                DmesgTestKit.ReadAll(zones, records[i], 97);
                Assert.AreEqual(0, zones.Read(records[i], records[i].Size + 5, new byte[8], 0, 8));
            }

            Assert.IsTrue(zones.WriteDump(DumpReason.Panic, "E", "after garbage", null, null), "seed " + seed);
            zones.EraseAll();
            Assert.AreEqual(0, DmesgTestKit.List(zones).Length, "seed " + seed);
        }

        [TestMethod]
        public void RandomImagesNeverThrow()
        {
            for (int seed = 1; seed <= 20; seed++)
            {
                Random random = new Random(seed);
                MemoryBlockDevice block = new MemoryBlockDevice(Zones * ZoneSize, "b");
                random.NextBytes(block.Data);
                Exercise(block, seed);
            }
        }

        [TestMethod]
        public void AdversarialHeadersNeverThrow()
        {
            int[] lengths = new int[] { int.MinValue, -40, -1, 0, 1, 39, 40, 41, ZoneSize - 12, ZoneSize - 11, ZoneSize, int.MaxValue };
            int[] starts = new int[] { 0, 0, 0, 1, -1, 100000, int.MaxValue };
            long[] times = new long[] { long.MinValue, -1, 0, 1, long.MaxValue - 1, long.MaxValue };
            int seed = 0;
            for (int round = 0; round < 6; round++)
            {
                MemoryBlockDevice block = new MemoryBlockDevice(Zones * ZoneSize, "b");
                MemoryFlashDevice flash = new MemoryFlashDevice(Zones * ZoneSize, 256, 4096, "n");
                for (int zone = 0; zone < Zones; zone++)
                {
                    seed++;
                    int length = lengths[(seed * 7 + round) % lengths.Length];
                    int start = starts[(seed * 3 + round) % starts.Length];
                    long time = times[(seed * 5 + round) % times.Length];
                    int reason = (seed % 7) - 1;
                    uint magic = seed % 5 == 0 ? 0xFFFFFFFF : 0x4dfc3ae5;
                    DmesgTestKit.PutHeader(block.Data, zone * ZoneSize, 0x43474244, length, start, magic, time, -5,
                        (byte)(seed % 3), (uint)(seed * 0x3FFFFFFF), reason);
                    Array.Copy(block.Data, zone * ZoneSize, flash.Data, zone * ZoneSize, 52);
                }

                Exercise(block, round);
                Exercise(flash, round);
            }
        }

        [TestMethod]
        public void NewestAtTheLargestTimeStillLeavesMonotonicOrder()
        {
            MemoryBlockDevice block = new MemoryBlockDevice(2 * ZoneSize, "b");
            DmesgTestKit.PutRecord(block.Data, 0, long.MaxValue, 1, 2, "end of time\n");
            DmesgZones zones = DmesgTestKit.Mount(block, ZoneSize);
            Assert.IsTrue(zones.WriteDump(DumpReason.Oops, null, null, null, null));
            PstoreRecord[] records = DmesgTestKit.List(zones);
            Assert.AreEqual(long.MaxValue, records[1].TimeSeconds);
            // Equal times: the higher index is newer, so the next dump goes to zone 0.
            Assert.AreEqual(0, DmesgTestKit.Mount(block, ZoneSize).NextZone);
        }
    }
}

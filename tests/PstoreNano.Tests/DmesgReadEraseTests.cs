using nanoFramework.TestFramework;
using PstoreNano.Devices;
using PstoreNano.Records;
using PstoreNano.Testing;
using PstoreNano.Zones;

namespace PstoreNano.Tests
{
    [TestClass]
    public class DmesgReadEraseTests
    {
        private const int ZoneSize = 8192;

        private static DmesgZones DumpThree(IZoneDevice device)
        {
            DmesgZones zones = DmesgTestKit.Mount(device, ZoneSize);
            KmsgRing log = new KmsgRing(16384);
            for (int i = 0; i < 900; i++)
            {
                log.AppendLine("line " + i + " \u00e9");
            }

            // Three dumps in one boot, each followed by what Pstore does after a dump it survives:
            // preparing (on flash: clean-erasing) the next zone.
            Assert.IsTrue(zones.WriteDump(DumpReason.Oops, "A", "first", null, log));
            zones.PrepareNextZone();
            Assert.IsTrue(zones.WriteDump(DumpReason.Panic, "B", "second", null, log));
            zones.PrepareNextZone();
            Assert.IsTrue(zones.WriteDump(DumpReason.Oops, "C", "third", null, null));
            return zones;
        }

        [TestMethod]
        public void ReadsInAnyPiecesEqualOneWholeRead()
        {
            MemoryBlockDevice block = new MemoryBlockDevice(4 * ZoneSize, "b");
            DmesgZones zones = DumpThree(block);
            PstoreRecord record = DmesgTestKit.List(zones)[0];
            Assert.IsTrue(record.Size > 4096);
            byte[] whole = new byte[record.Size];
            Assert.AreEqual(record.Size, zones.Read(record, 0, whole, 0, whole.Length + 10));
            CollectionAssert.AreEqual(whole, DmesgTestKit.ReadAll(zones, record, 1));
            CollectionAssert.AreEqual(whole, DmesgTestKit.ReadAll(zones, record, 7));
            CollectionAssert.AreEqual(whole, DmesgTestKit.ReadAll(zones, record, 4096));
            string text = PstoreNano.Text.Utf8.Decode(whole, 0, whole.Length);
            Assert.IsTrue(text.IndexOf("Oops: Total 1 times\nOops#1 Part1\nA: first\n") == 0);
            Assert.IsTrue(text.EndsWith("line 899 \u00e9\n"));
            Assert.AreEqual(0, zones.Read(record, record.Size, whole, 0, 10));
        }

        [TestMethod]
        public void EraseOneOnFlashSurvivesRemount()
        {
            MemoryFlashDevice flash = new MemoryFlashDevice(4 * ZoneSize, 256, 4096, "n");
            DmesgZones zones = DumpThree(flash);
            flash.ResetCounters();
            zones.Erase(DmesgTestKit.List(zones)[1]);
            Assert.AreEqual(2, flash.EraseOps);
            Assert.IsTrue(PstoreNano.Zones.CleanErase.IsMarker(flash.Data, ZoneSize), "the erased zone carries the clean marker");
            Assert.AreEqual((byte)0xFF, flash.Data[ZoneSize + 4]);
            PstoreRecord[] after = DmesgTestKit.List(DmesgTestKit.Mount(flash, ZoneSize));
            Assert.AreEqual(2, after.Length);
            Assert.AreEqual(0, after[0].Id);
            Assert.AreEqual(2, after[1].Id);
        }

        [TestMethod]
        public void EraseOneOnBlockWritesDatalenZeroAndKeepsTheCounter()
        {
            MemoryBlockDevice block = new MemoryBlockDevice(4 * ZoneSize, "b");
            DmesgZones zones = DumpThree(block);
            PstoreRecord[] records = DmesgTestKit.List(zones);
            block.ResetCounters();
            zones.Erase(records[2]);
            Assert.AreEqual(0, block.EraseOps);
            Assert.AreEqual(1, block.ProgramOps);
            Assert.AreEqual(12, block.BytesProgrammed);
            Assert.AreEqual(0, zones.Read(records[2], 0, new byte[10], 0, 10), "an erased record reads empty");
            MountReport report = new MountReport();
            DmesgZones again = DmesgTestKit.Mount(block, ZoneSize, 2, new PstoreNano.Engine.NoWallClock(), report);
            Assert.AreEqual(2, report.DmesgRecords);
            Assert.AreEqual(1, report.DmesgErased);
            Assert.AreEqual(2, again.OopsCounter);
            Assert.AreEqual(3, again.NextZone);
            Assert.IsTrue(again.WriteDump(DumpReason.Oops, null, null, null, null));
            Assert.AreEqual(3, DmesgTestKit.List(again)[2].Counter);
        }

        [TestMethod]
        public void EraseAllOnFlashAndBlockSurvivesRemount()
        {
            MemoryFlashDevice flash = new MemoryFlashDevice(4 * ZoneSize, 256, 4096, "n");
            DmesgZones onFlash = DumpThree(flash);
            onFlash.EraseAll();
            Assert.AreEqual(0, DmesgTestKit.List(onFlash).Length);
            MountReport flashReport = new MountReport();
            DmesgTestKit.Mount(flash, ZoneSize, 2, new PstoreNano.Engine.NoWallClock(), flashReport);
            Assert.AreEqual(0, flashReport.DmesgRecords);
            Assert.AreEqual(0, flashReport.ErasesAtMount, "every zone was left clean-erased");
            for (int i = 0; i < flash.Data.Length; i++)
            {
                bool marker = i % ZoneSize < 4;
                if (!marker && flash.Data[i] != 0xFF)
                {
                    Assert.IsTrue(false, "flash byte " + i + " not erased");
                }
            }

            MemoryBlockDevice block = new MemoryBlockDevice(4 * ZoneSize, "b");
            DmesgZones onBlock = DumpThree(block);
            onBlock.EraseAll();
            MountReport blockReport = new MountReport();
            DmesgTestKit.Mount(block, ZoneSize, 2, new PstoreNano.Engine.NoWallClock(), blockReport);
            Assert.AreEqual(0, blockReport.DmesgRecords);
            Assert.AreEqual(3, blockReport.DmesgErased);
        }

        [TestMethod]
        public void StaleRecordIsNotErasedTwice()
        {
            MemoryBlockDevice block = new MemoryBlockDevice(2 * ZoneSize, "b");
            DmesgZones zones = DmesgTestKit.Mount(block, ZoneSize);
            Assert.IsTrue(zones.WriteDump(DumpReason.Oops, null, "old", null, null));
            Assert.IsTrue(zones.WriteDump(DumpReason.Oops, null, "other", null, null));
            PstoreRecord stale = DmesgTestKit.List(zones)[0];
            Assert.IsTrue(zones.WriteDump(DumpReason.Oops, null, "new", null, null));
            zones.Erase(stale);
            PstoreRecord[] records = DmesgTestKit.List(zones);
            Assert.AreEqual(2, records.Length);
            Assert.AreEqual(3, records[0].Counter);
        }
    }
}

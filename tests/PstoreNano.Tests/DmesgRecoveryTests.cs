using nanoFramework.TestFramework;
using PstoreNano.Engine;
using PstoreNano.Records;
using PstoreNano.Testing;
using PstoreNano.Zones;

namespace PstoreNano.Tests
{
    [TestClass]
    public class DmesgRecoveryTests
    {
        private const int ZoneSize = 4096;
        private const uint Sig = 0x43474244;
        private const uint Magic = 0x4dfc3ae5;

        [TestMethod]
        public void EveryDamagedHeaderIsCountedAndNeverThrown()
        {
            MemoryBlockDevice block = new MemoryBlockDevice(8 * ZoneSize, "b");
            byte[] d = block.Data;
            // zone 0: no signature (zeros)
            DmesgTestKit.PutHeader(d, 1 * ZoneSize, Sig, ZoneSize - 11, 0, Magic, 10, 0, 0, 1, 2);   // overtop
            DmesgTestKit.PutHeader(d, 2 * ZoneSize, Sig, 100, 0, 0x12345678, 10, 0, 0, 1, 2);       // bad magic
            DmesgTestKit.PutHeader(d, 3 * ZoneSize, Sig, 0, 0, Magic, 10, 0, 0, 7, 2);              // erased the Linux way
            DmesgTestKit.PutHeader(d, 4 * ZoneSize, Sig, 100, 4, Magic, 10, 0, 0, 1, 2);            // start != 0: Linux ignores start
            DmesgTestKit.PutHeader(d, 5 * ZoneSize, Sig, 39, 0, Magic, 12, 0, 0, 9, 2);             // datalen < 40: time and counter count
            DmesgTestKit.PutRecord(d, 6 * ZoneSize, 5, 3, 2, "ok\n");                                 // valid
            DmesgTestKit.PutHeader(d, 7 * ZoneSize, Sig, -1, 0, Magic, 10, 0, 0, 1, 2);             // negative datalen
            MountReport report = new MountReport();
            DmesgZones zones = DmesgTestKit.Mount(block, ZoneSize, 2, new NoWallClock(), report);
            Assert.AreEqual(2, report.DmesgRecords);
            Assert.AreEqual(2, report.DmesgOvertop);
            Assert.AreEqual(2, report.DmesgInvalid);
            Assert.AreEqual(1, report.DmesgErased);
            Assert.AreEqual(0, report.ErasesAtMount);
            Assert.AreEqual(8 * 52, report.BytesRead);
            PstoreRecord[] records = DmesgTestKit.List(zones);
            Assert.AreEqual(2, records.Length);
            Assert.AreEqual(4, records[0].Id, "start != 0 is listed, as Linux lists it");
            Assert.AreEqual(6, records[1].Id);
            // The short header carries the largest counter and the newest time, as in Linux's recovery.
            Assert.AreEqual(9, zones.OopsCounter);
            Assert.AreEqual(6, zones.NextZone);
        }

        [TestMethod]
        public void ExactlyFullZoneIsNotOvertop()
        {
            MemoryBlockDevice block = new MemoryBlockDevice(2 * ZoneSize, "b");
            DmesgTestKit.PutHeader(block.Data, 0, Sig, ZoneSize - 12, 0, Magic, 1, 0, 0, 1, 2);
            MountReport report = new MountReport();
            DmesgZones zones = DmesgTestKit.Mount(block, ZoneSize, 2, new NoWallClock(), report);
            Assert.AreEqual(1, report.DmesgRecords);
            Assert.AreEqual(ZoneSize - 52 + "Oops: Total 1 times\n".Length, DmesgTestKit.List(zones)[0].Size);
        }

        [TestMethod]
        public void CountersAndRingPositionSurviveManyReboots()
        {
            MemoryFlashDevice flash = new MemoryFlashDevice(4 * ZoneSize, 256, 4096, "n");
            long lastSeconds = 0;
            for (int boot = 1; boot <= 11; boot++)
            {
                MountReport report = new MountReport();
                DmesgZones zones = DmesgTestKit.Mount(flash, ZoneSize, 2, new NoWallClock(), report);
                Assert.AreEqual((boot - 1) % 4, zones.NextZone, "next zone at boot " + boot);
                // Flash keeps one zone erased: at most three records survive a mount.
                Assert.AreEqual(boot - 1 < 3 ? boot - 1 : 3, report.DmesgRecords, "records at boot " + boot);
                // Every mount erases the next zone: a factory-fresh zone has no clean-erase marker to prove
                // it erased, and from boot 5 on the next zone holds the oldest record.
                Assert.AreEqual(1, report.ErasesAtMount, "erases at boot " + boot);
                DumpReason reason = boot % 3 == 0 ? DumpReason.Panic : DumpReason.Oops;
                Assert.IsTrue(zones.WriteDump(reason, "E", "boot " + boot, null, null));
                PstoreRecord[] records = DmesgTestKit.List(zones);
                PstoreRecord written = null;
                for (int i = 0; i < records.Length; i++)
                {
                    if (records[i].Id == (boot - 1) % 4)
                    {
                        written = records[i];
                    }
                }

                Assert.IsNotNull(written);
                Assert.IsTrue(written.TimeSeconds > lastSeconds, "synthesized time rises");
                lastSeconds = written.TimeSeconds;
                Assert.AreEqual(reason == DumpReason.Panic ? boot / 3 : boot - boot / 3, written.Counter);
                Assert.IsTrue(DmesgTestKit.ReadText(zones, written).EndsWith("E: boot " + boot + "\n"));
            }
        }

        [TestMethod]
        public void BlockDeviceRingReplacesTheOldestWithoutErasing()
        {
            MemoryBlockDevice block = new MemoryBlockDevice(3 * ZoneSize, "b");
            for (int boot = 1; boot <= 7; boot++)
            {
                MountReport report = new MountReport();
                DmesgZones zones = DmesgTestKit.Mount(block, ZoneSize, 2, new FixedClock(1000, 0), report);
                Assert.AreEqual(boot - 1 < 3 ? boot - 1 : 3, report.DmesgRecords);
                Assert.IsTrue(zones.WriteDump(DumpReason.Oops, null, "boot " + boot, null, null));
            }

            Assert.AreEqual(0, block.EraseOps);
            DmesgZones last = DmesgTestKit.Mount(block, ZoneSize);
            PstoreRecord[] records = DmesgTestKit.List(last);
            Assert.AreEqual(3, records.Length);
            // Boots 5, 6, 7 remain, in zones 1, 2, 0; the clock stood still so times were raised.
            Assert.AreEqual(7, records[0].Counter);
            Assert.AreEqual(5, records[1].Counter);
            Assert.AreEqual(6, records[2].Counter);
            Assert.AreEqual(1006, records[0].TimeSeconds);
            Assert.AreEqual(1, last.NextZone);
        }

        [TestMethod]
        public void TiesGoToTheHigherIndex()
        {
            MemoryBlockDevice block = new MemoryBlockDevice(4 * ZoneSize, "b");
            DmesgTestKit.PutRecord(block.Data, 0, 50, 1, 2, "a\n");
            DmesgTestKit.PutRecord(block.Data, 2 * ZoneSize, 50, 2, 2, "b\n");
            DmesgTestKit.PutRecord(block.Data, 1 * ZoneSize, 49, 9, 1, "c\n");
            DmesgZones zones = DmesgTestKit.Mount(block, ZoneSize);
            Assert.AreEqual(3, zones.NextZone);
            Assert.AreEqual(2, zones.OopsCounter);
            Assert.AreEqual(9, zones.PanicCounter);
            Assert.IsTrue(zones.WriteDump(DumpReason.Oops, null, null, null, null));
            PstoreRecord[] records = DmesgTestKit.List(zones);
            Assert.AreEqual(3, records[3].Id);
            Assert.AreEqual(51, records[3].TimeSeconds);
            Assert.AreEqual(3, records[3].Counter);
        }

        [TestMethod]
        public void ClockBehindTheNewestRecordIsRaised()
        {
            MemoryBlockDevice block = new MemoryBlockDevice(4 * ZoneSize, "b");
            DmesgTestKit.PutRecord(block.Data, 0, 2000000000, 1, 2, "a\n");
            FixedClock clock = new FixedClock(1700000000, 42);
            DmesgZones zones = DmesgTestKit.Mount(block, ZoneSize, 2, clock, new MountReport());
            Assert.IsTrue(zones.WriteDump(DumpReason.Oops, null, null, null, null));
            clock.Seconds = 2100000000;
            Assert.IsTrue(zones.WriteDump(DumpReason.Oops, null, null, null, null));
            PstoreRecord[] records = DmesgTestKit.List(zones);
            Assert.AreEqual(2000000001, records[1].TimeSeconds);
            Assert.AreEqual(0, records[1].TimeNanoseconds);
            Assert.AreEqual(2100000000, records[2].TimeSeconds);
            Assert.AreEqual(42, records[2].TimeNanoseconds);
        }

        [TestMethod]
        public void ReasonsAboveMaxReasonAreNotStored()
        {
            MemoryFlashDevice flash = new MemoryFlashDevice(4 * ZoneSize, 256, 4096, "n");
            DmesgZones zones = DmesgTestKit.Mount(flash, ZoneSize, 1, new NoWallClock(), new MountReport());
            flash.ResetCounters();
            Assert.IsFalse(zones.WriteDump(DumpReason.Oops, "E", "m", null, null));
            Assert.IsFalse(zones.WriteDump(DumpReason.Shutdown, "E", "m", null, null));
            Assert.AreEqual(0, flash.ProgramOps);
            Assert.AreEqual(0, zones.OopsCounter);
            Assert.IsTrue(zones.WriteDump(DumpReason.Panic, "E", "m", null, null));
            Assert.AreEqual(1, DmesgTestKit.List(zones).Length);
        }

        [TestMethod]
        public void SecondDumpInOneBootOnFlashUsesTheNextZoneOnlyIfErased()
        {
            MemoryFlashDevice flash = new MemoryFlashDevice(3 * ZoneSize, 256, 4096, "n");
            DmesgZones zones = DmesgTestKit.Mount(flash, ZoneSize);
            Assert.IsTrue(zones.WriteDump(DumpReason.Oops, null, "first", null, null));
            // Zone 1 reads erased but carries no clean-erase marker (factory fresh, or an interrupted
            // erase): the dump path never trusts it and never erases.
            Assert.IsFalse(zones.WriteDump(DumpReason.Oops, null, "second", null, null));
            zones.PrepareNextZone();
            Assert.IsTrue(zones.WriteDump(DumpReason.Oops, null, "second", null, null));
            zones.PrepareNextZone();
            Assert.IsTrue(zones.WriteDump(DumpReason.Oops, null, "third", null, null));
            // Zone 0 is used now and the panic path never erases.
            flash.ResetCounters();
            Assert.IsFalse(zones.WriteDump(DumpReason.Oops, null, "fourth", null, null));
            Assert.AreEqual(0, flash.EraseOps);
            Assert.AreEqual(0, flash.ProgramOps);
            Assert.AreEqual(3, DmesgTestKit.List(zones).Length);
        }

        [TestMethod]
        public void TornZoneOnFlashIsErasedAtMountBeforeItIsReused()
        {
            MemoryFlashDevice flash = new MemoryFlashDevice(2 * ZoneSize, 256, 4096, "n");
            flash.Data[3000] = 0x00; // a stray programmed byte far from the header
            MountReport report = new MountReport();
            DmesgZones zones = DmesgTestKit.Mount(flash, ZoneSize, 2, new NoWallClock(), report);
            Assert.AreEqual(1, report.ErasesAtMount);
            Assert.AreEqual((byte)0xFF, flash.Data[3000]);
            Assert.AreEqual(2 * 52 + ZoneSize, report.BytesRead);
            Assert.IsTrue(zones.WriteDump(DumpReason.Oops, null, "x", null, null));
        }

        [TestMethod]
        public void DumpThatFailedHalfwayIsNotRetriedOverItsOwnBytes()
        {
            MemoryFlashDevice flash = new MemoryFlashDevice(3 * ZoneSize, 256, 4096, "n");
            DmesgZones zones = DmesgTestKit.Mount(flash, ZoneSize);
            flash.CutAfter(1000);
            Assert.ThrowsException(typeof(PowerCutException), () => zones.WriteDump(DumpReason.Oops, "E", new string('x', 3000), null, null));
            flash.PowerOn(); // the device comes back without a reboot
            Assert.IsFalse(zones.WriteDump(DumpReason.Oops, "E", "retry", null, null));
            Assert.AreEqual(0, DmesgTestKit.List(zones).Length);
            MountReport report = new MountReport();
            zones = DmesgTestKit.Mount(flash, ZoneSize, 2, new NoWallClock(), report);
            Assert.AreEqual(1, report.ErasesAtMount);
            Assert.IsTrue(zones.WriteDump(DumpReason.Oops, "E", "after reboot", null, null));
        }
    }
}

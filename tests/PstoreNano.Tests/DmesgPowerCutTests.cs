using nanoFramework.TestFramework;
using PstoreNano.Devices;
using PstoreNano.Records;
using PstoreNano.Testing;
using PstoreNano.Zones;

namespace PstoreNano.Tests
{
    [TestClass]
    public class DmesgPowerCutTests
    {
        private const int ZoneSize = 4096;

        private static KmsgRing Log()
        {
            KmsgRing log = new KmsgRing(8192);
            for (int i = 0; i < 300; i++)
            {
                log.AppendLine("event " + i);
            }

            return log;
        }

        // Three dumps in three boots, so that the next dump replaces the oldest record (flash: 3 zones,
        // the mount erases zone 0; block: 2 zones, zone 1 still holds "Earlier 2"). Returns the mount after.
        private static DmesgZones History(IZoneDevice device)
        {
            for (int boot = 1; boot <= 3; boot++)
            {
                DmesgZones zones = DmesgTestKit.Mount(device, ZoneSize);
                Assert.IsTrue(zones.WriteDump(DumpReason.Oops, "Earlier " + boot, null, null, null), "history dump " + boot);
            }

            return DmesgTestKit.Mount(device, ZoneSize);
        }

        private static IZoneDevice NewDevice(bool flash)
        {
            return flash ? (IZoneDevice)new MemoryFlashDevice(3 * ZoneSize, 256, 4096, "n") : new MemoryBlockDevice(2 * ZoneSize, "b");
        }

        private static void ResetSteps(IZoneDevice device)
        {
            if (device is MemoryFlashDevice)
            {
                ((MemoryFlashDevice)device).ResetCounters();
            }
            else
            {
                ((MemoryBlockDevice)device).ResetCounters();
            }
        }

        private static long Steps(IZoneDevice device)
        {
            return device is MemoryFlashDevice ? ((MemoryFlashDevice)device).Steps : ((MemoryBlockDevice)device).Steps;
        }

        private static void Cut(IZoneDevice device, long k)
        {
            if (device is MemoryFlashDevice)
            {
                ((MemoryFlashDevice)device).CutAfter(k);
            }
            else
            {
                ((MemoryBlockDevice)device).CutAfter(k);
            }
        }

        private static void PowerOn(IZoneDevice device)
        {
            if (device is MemoryFlashDevice)
            {
                ((MemoryFlashDevice)device).PowerOn();
            }
            else
            {
                ((MemoryBlockDevice)device).PowerOn();
            }
        }

        // Every cut point: the torn dump is absent or whole, the newest earlier record intact, the next dump works.
        private static int Sweep(bool flash)
        {
            IZoneDevice reference = NewDevice(flash);
            DmesgZones zones = History(reference);
            ResetSteps(reference);
            Assert.IsTrue(zones.WriteDump(DumpReason.Panic, "Cut", "here", null, Log()));
            long steps = Steps(reference);
            DmesgZones whole = DmesgTestKit.Mount(reference, ZoneSize);
            string complete = null;
            string earlier = null;
            PstoreRecord[] reference_records = DmesgTestKit.List(whole);
            for (int i = 0; i < reference_records.Length; i++)
            {
                string text = DmesgTestKit.ReadText(whole, reference_records[i]);
                if (text.IndexOf("Cut: here") >= 0)
                {
                    complete = text;
                }
                else if (text.IndexOf("Earlier 3") >= 0)
                {
                    earlier = text;
                }
            }

            Assert.IsNotNull(complete);
            Assert.IsNotNull(earlier);
            int covered = 0;
            for (long k = 0; k < steps; k++)
            {
                IZoneDevice device = NewDevice(flash);
                zones = History(device);
                Cut(device, k);
                bool cut = false;
                try
                {
                    zones.WriteDump(DumpReason.Panic, "Cut", "here", null, Log());
                }
                catch (PowerCutException)
                {
                    cut = true;
                }

                Assert.IsTrue(cut, "cut at step " + k + " of " + steps);
                PowerOn(device);
                DmesgZones after = DmesgTestKit.Mount(device, ZoneSize);
                PstoreRecord[] records = DmesgTestKit.List(after);
                bool earlierFound = false;
                for (int i = 0; i < records.Length; i++)
                {
                    string text = DmesgTestKit.ReadText(after, records[i]);
                    if (text.IndexOf("Cut: here") >= 0)
                    {
                        Assert.AreEqual(complete, text, "cut at step " + k + " left a partial record");
                    }

                    earlierFound |= text == earlier;
                }

                Assert.IsTrue(earlierFound, "cut at step " + k + " damaged an acknowledged record");
                Assert.IsTrue(after.WriteDump(DumpReason.Oops, "Next", null, null, null), "next dump after cut " + k);
                PstoreRecord[] now = DmesgTestKit.List(after);
                Assert.IsTrue(DmesgTestKit.ReadText(after, now[IndexOf(now, (after.NextZone + after.ZoneCount - 1) % after.ZoneCount)]).IndexOf("Next\n") > 0,
                    "next dump readable after cut " + k);
                covered++;
            }

            Assert.AreEqual(steps, covered);
            return covered;
        }

        private static int IndexOf(PstoreRecord[] records, int zone)
        {
            for (int i = 0; i < records.Length; i++)
            {
                if (records[i].Id == zone)
                {
                    return i;
                }
            }

            return -1;
        }

        [TestMethod]
        public void DumpCutAtEveryStepOnFlashIsAllOrNothing()
        {
            int covered = Sweep(true);
            OutputHelper.WriteLine("flash dump power-cut points covered: " + covered);
            Assert.IsTrue(covered > 2500, "cut points " + covered);
        }

        [TestMethod]
        public void DumpCutAtEveryStepOnBlockIsAllOrNothing()
        {
            int covered = Sweep(false);
            OutputHelper.WriteLine("block dump power-cut points covered: " + covered);
            Assert.IsTrue(covered > 2500, "cut points " + covered);
        }

        [TestMethod]
        public void CutDuringTheMountEraseIsRepairedByTheNextMount()
        {
            // Three zones on flash, all used: the mount erases the oldest (zone 0) to keep a zone ready.
            int covered = 0;
            for (long k = 0; k < ZoneSize; k += 37)
            {
                MemoryFlashDevice flash = new MemoryFlashDevice(3 * ZoneSize, 256, 4096, "n");
                for (int boot = 1; boot <= 3; boot++)
                {
                    Assert.IsTrue(DmesgTestKit.Mount(flash, ZoneSize).WriteDump(DumpReason.Oops, "Earlier " + boot, null, null, null));
                }

                flash.CutAfter(k); // the next mount erases zone 0 ("Earlier 1") and is cut
                Assert.ThrowsException(typeof(PowerCutException), () => DmesgTestKit.Mount(flash, ZoneSize));
                flash.PowerOn();
                MountReport report = new MountReport();
                DmesgZones zones = DmesgTestKit.Mount(flash, ZoneSize, 2, new PstoreNano.Engine.NoWallClock(), report);
                // The clean-erase marker is programmed last, so a cut anywhere in the erase leaves the zone
                // unproven and the next mount erases it again.
                Assert.AreEqual(1, report.ErasesAtMount, "cut " + k);
                Assert.IsTrue(CleanErase.IsMarker(flash.Data, 0), "cut " + k + ": the clean-erase marker");
                for (int i = 4; i < ZoneSize; i++)
                {
                    if (flash.Data[i] != 0xFF)
                    {
                        Assert.IsTrue(false, "cut " + k + ": the ready zone is not erased at byte " + i);
                    }
                }

                PstoreRecord[] records = DmesgTestKit.List(zones);
                Assert.AreEqual(2, records.Length, "cut " + k);
                Assert.IsTrue(DmesgTestKit.ReadText(zones, records[1]).EndsWith("Earlier 3\n"));
                Assert.IsTrue(zones.WriteDump(DumpReason.Panic, "After", null, null, null), "cut " + k);
                covered++;
            }

            OutputHelper.WriteLine("mount-erase power-cut points covered: " + covered);
        }
    }
}

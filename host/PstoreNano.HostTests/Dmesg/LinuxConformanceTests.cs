using System;
using nanoFramework.TestFramework;
using PstoreNano.Engine;
using PstoreNano.Records;
using PstoreNano.Testing;
using PstoreNano.Tests;
using PstoreNano.Zones;

namespace PstoreNano.HostTests.Dmesg
{
    [TestClass]
    public class LinuxConformanceTests
    {
        private static DmesgZones MountImage(string image, MemoryBlockDevice[] device, MountReport report)
        {
            device[0] = new MemoryBlockDevice(LinuxFixtures.Read(image), "pstore_blk");
            return DmesgTestKit.Mount(device[0], LinuxFixtures.ZoneSize, 2, new NoWallClock(), report);
        }

        [TestMethod]
        public void PlainImageListsAndReadsAsLinuxShowedIt()
        {
            MemoryBlockDevice[] device = new MemoryBlockDevice[1];
            MountReport report = new MountReport();
            DmesgZones zones = MountImage("plain.img", device, report);
            Assert.AreEqual(2, report.DmesgRecords);
            Assert.AreEqual(0, report.DmesgOvertop + report.DmesgInvalid + report.DmesgErased);
            PstoreRecord[] records = DmesgTestKit.List(zones);
            Assert.AreEqual(2, records.Length);
            for (int i = 0; i < 2; i++)
            {
                Assert.AreEqual("dmesg-pstore_blk-" + i, records[i].Name);
                Assert.AreEqual(DumpReason.Oops, records[i].Reason);
                Assert.AreEqual(i + 1, records[i].Counter);
                Assert.IsFalse(records[i].Compressed);
                byte[] expected = LinuxFixtures.Read("plain/dmesg-pstore_blk-" + i);
                Assert.AreEqual(expected.Length, records[i].Size);
                CollectionAssert.AreEqual(expected, DmesgTestKit.ReadAll(zones, records[i], 4096));
            }

            Assert.IsTrue(records[1].TimeSeconds > records[0].TimeSeconds);
            Assert.AreEqual(2, zones.NextZone);
            Assert.AreEqual(2, zones.OopsCounter);
        }

        [TestMethod]
        public void DeflateImageInflatesToWhatLinuxShowed()
        {
            MemoryBlockDevice[] device = new MemoryBlockDevice[1];
            DmesgZones zones = MountImage("deflate.img", device, new MountReport());
            PstoreRecord[] records = DmesgTestKit.List(zones);
            Assert.AreEqual(1, records.Length);
            Assert.IsTrue(records[0].Compressed);
            Assert.AreEqual(1, records[0].Counter);
            byte[] stored = DmesgTestKit.ReadAll(zones, records[0], 1000);
            CollectionAssert.AreEqual(LinuxFixtures.Read("deflate/dmesg-pstore_blk-0"), RawDeflate.Inflate(stored));
        }

        [TestMethod]
        public void OurWriterProducesLinuxBytesForTheSameRecord()
        {
            byte[] image = LinuxFixtures.Read("plain.img");
            MemoryBlockDevice[] device = new MemoryBlockDevice[1];
            DmesgZones linux = MountImage("plain.img", device, new MountReport());
            PstoreRecord record = DmesgTestKit.List(linux)[0];
            byte[] text = new byte[record.StoredLength];
            Array.Copy(image, 52, text, 0, text.Length);

            MemoryBlockDevice ours = new MemoryBlockDevice(image.Length, "pstore_blk");
            DmesgZones zones = DmesgTestKit.Mount(ours, LinuxFixtures.ZoneSize);
            zones.WriteRecord(0, (int)record.Reason, record.Counter, record.TimeSeconds, record.TimeNanoseconds, false,
                text, 0, text.Length);
            int end = 12 + 40 + text.Length;
            byte[] expected = new byte[end];
            byte[] actual = new byte[end];
            Array.Copy(image, 0, expected, 0, end);
            Array.Copy(ours.Data, 0, actual, 0, end);
            CollectionAssert.AreEqual(expected, actual);
        }

        [TestMethod]
        public void OurDumpOnTheLinuxImageGoesToTheNextZoneAndKeepsLinuxRecords()
        {
            MemoryBlockDevice[] device = new MemoryBlockDevice[1];
            DmesgZones zones = MountImage("plain.img", device, new MountReport());
            Assert.IsTrue(zones.WriteDump(DumpReason.Oops, "System.Exception", "ours", null, null));
            PstoreRecord[] records = DmesgTestKit.List(DmesgTestKit.Mount(device[0], LinuxFixtures.ZoneSize));
            Assert.AreEqual(3, records.Length);
            Assert.AreEqual(2, records[2].Id);
            Assert.AreEqual(3, records[2].Counter);
            Assert.IsTrue(records[2].TimeSeconds > records[1].TimeSeconds);
        }
    }
}

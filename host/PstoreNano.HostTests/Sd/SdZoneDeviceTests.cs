using System;
using nanoFramework.TestFramework;
using PstoreNano.Config;
using PstoreNano.Drivers.Sd;
using PstoreNano.Records;
using PstoreNano.Simulators.Campaign;
using PstoreNano.Simulators.Sd;

namespace PstoreNano.HostTests.Sd
{
    /// <summary>The block zone device on the simulated card, and the engine on top of it.</summary>
    [TestClass]
    public class SdZoneDeviceTests
    {
        [TestMethod]
        public void RandomReadsAndWritesAgreeWithAPlainArray()
        {
            SdStack stack = SdStack.Sdhc(SdCampaign.Config(), 1);
            SdZoneDevice device = stack.Device;
            byte[] reference = new byte[device.Size];
            Random random = new Random(5);
            for (int i = 0; i < 300; i++)
            {
                int count = random.Next(1, 1700);
                int address = random.Next(0, device.Size - count);
                if (random.Next(3) == 0)
                {
                    int sectors = Math.Min(1 + random.Next(3), (device.Size - address / 512 * 512) / 512);
                    device.Erase(address / 512 * 512, 512 * sectors);
                    Array.Fill(reference, (byte)0xFF, address / 512 * 512, 512 * sectors);
                    continue;
                }

                byte[] data = new byte[count];
                random.NextBytes(data);
                device.Program(address, data, 0, count);
                Array.Copy(data, 0, reference, address, count);
                byte[] back = new byte[count + 2];
                device.Read(address, back, 1, count);
                CollectionAssert.AreEqual(data, new ArraySegment<byte>(back, 1, count).ToArray(), "write " + i);
            }

            byte[] all = new byte[device.Size];
            stack.Reboot().Read(0, all, 0, all.Length);
            CollectionAssert.AreEqual(reference, all, "the partition after a reboot");
            Assert.IsNull(stack.CheckCard());
        }

        [TestMethod]
        public void WriteSpanningSectorsGoesOutAsOneMultiBlockWrite()
        {
            SdStack stack = SdStack.Sdhc(SdCampaign.Config(), 1);
            long commands = stack.Card.Commands;

            stack.Device.Program(512, new byte[4096], 0, 4096);

            // CMD25 and CMD13: one command for all eight sectors, one status check.
            Assert.AreEqual(2L, stack.Card.Commands - commands);
        }

        [TestMethod]
        public void ConsecutiveSmallWritesReadTheirSectorOnce()
        {
            SdStack stack = SdStack.Sdhc(SdCampaign.Config(), 1);
            long commands = stack.Card.Commands;

            stack.Device.Program(1000, new byte[10], 0, 10);
            stack.Device.Program(1010, new byte[10], 0, 10);

            // CMD17 + (CMD24 + CMD13) + (CMD24 + CMD13): the second write's sector is still in the buffer.
            Assert.AreEqual(5L, stack.Card.Commands - commands);
        }

        [TestMethod]
        public void UnreadableSectorReadsAsNoDataAndIsCounted()
        {
            SdStack stack = SdStack.Sdhc(SdCampaign.Config(), 1);
            stack.Device.Program(0, Filled(0x5A, 2048), 0, 2048);
            stack.Card.MakeUnreadable(stack.FirstSector + 2);
            byte[] back = new byte[2048];

            stack.Reboot().Read(0, back, 0, 2048);

            Assert.AreEqual(1, stack.Device.UnreadableSectors);
            Assert.AreEqual((byte)0x5A, back[1023]);
            Assert.AreEqual((byte)0, back[1024]);
            Assert.AreEqual((byte)0, back[1535]);
            Assert.AreEqual((byte)0x5A, back[1536]);
        }

        [TestMethod]
        public void EngineRecordsSurviveAReboot()
        {
            SdStack stack = SdStack.Sdhc(SdCampaign.Config(), 1);
            Pstore store = Pstore.Mount(stack.Device, stack.Config);
            store.WritePmsg("boot one\n");
            Assert.IsTrue(store.Dump(DumpReason.Oops, "System.Exception", "sd dump", null));

            store = Pstore.Mount(stack.Reboot(), stack.Config);

            string names = "";
            foreach (PstoreRecord r in store.ListRecords())
            {
                names += r.Name + " ";
            }

            SdRig.Contains(names, "dmesg-pstore_blk-");
            SdRig.Contains(names, "pmsg-pstore_blk-");
            Assert.IsNull(stack.CheckCard());
        }

        [TestMethod]
        public void MountWithUnreadableSectorsEverywhereSucceedsAndReportsThem()
        {
            SdStack stack = SdStack.Sdhc(SdCampaign.Config(), 1);
            Pstore store = Pstore.Mount(stack.Device, stack.Config);
            for (int i = 0; i < 40; i++)
            {
                store.WritePmsg("line " + i + " of the log that fills a few sectors\n");
            }

            store.Dump(DumpReason.Oops, "System.Exception", "before damage", null);
            for (long s = stack.FirstSector; s < stack.FirstSector + stack.SectorCount; s += 3)
            {
                stack.Card.MakeUnreadable(s);
            }

            store = Pstore.Mount(stack.Reboot(), stack.Config);
            foreach (PstoreRecord r in store.ListRecords())
            {
                EngineWorkload.ReadAll(store, r);
            }

            Assert.IsTrue(stack.Device.UnreadableSectors > 0);
            store.WritePmsg("after damage\n");
            Assert.IsTrue(store.Dump(DumpReason.Oops, "System.Exception", "after damage", null));
        }

        [TestMethod]
        public void WholeWorkloadWritesNothingOutsideThePartition()
        {
            SdStack stack = SdStack.Sdhc(SdCampaign.Config(), 1);
            EngineWorkload workload = new EngineWorkload(() => stack.Reboot(), stack.Config) { WriteRounds = 2 };

            workload.Run(false);

            Assert.IsNull(stack.CheckCard());
            Assert.IsTrue(stack.Card.WrittenSectors.Count > 0);
        }

        [TestMethod]
        public void PartitionTooSmallForTheZonesIsAClearConfigError()
        {
            PstoreConfig config = SdCampaign.Config();
            SdStack stack = SdStack.Sdhc(config, 1);
            config.PmsgSize = 1024 * 1024;

            Exception e = null;
            try
            {
                Pstore.Mount(stack.Device, config);
            }
            catch (PstoreConfigException caught)
            {
                e = caught;
            }

            Assert.IsNotNull(e, "no PstoreConfigException");
        }

        private static byte[] Filled(byte value, int count)
        {
            byte[] b = new byte[count];
            Array.Fill(b, value);
            return b;
        }
    }
}

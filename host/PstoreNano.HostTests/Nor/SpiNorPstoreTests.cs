using System;
using nanoFramework.TestFramework;
using PstoreNano.Config;
using PstoreNano.Drivers.Nor;
using PstoreNano.Records;
using PstoreNano.Simulators.Nor;

namespace PstoreNano.HostTests.Nor
{
    /// <summary>
    /// Mounting on an SPI NOR bus hands the bus to the store: Dispose releases it once, and a mount that
    /// fails releases it before the exception leaves, so the board can open the bus again and retry.
    /// </summary>
    [TestClass]
    public class SpiNorPstoreTests
    {
        [TestMethod]
        public void StoreOwnsTheBusUntilDisposed()
        {
            NorRig rig = NorRig.CreateUninitialized(NorChipModel.W25Q128JV());
            OwnedBus bus = new OwnedBus(rig.Chip);
            Pstore store = SpiNorPstore.Mount(bus, rig.Time, Config());
            store.Log("before dispose");
            Assert.AreEqual(0, bus.Disposals);

            store.Dispose();
            store.Dispose();
            Assert.AreEqual(1, bus.Disposals);
            Assert.ThrowsException(typeof(ObjectDisposedException), () => store.Log("after dispose"));

            Pstore again = SpiNorPstore.Mount(new OwnedBus(rig.Chip), rig.Time, Config());
            PstoreRecord[] records = again.ListRecords();
            Assert.AreEqual(1, records.Length);
            Assert.AreEqual("before dispose\n".Length, records[0].Size);
            rig.AssertNoViolations();
        }

        [TestMethod]
        public void AbsentChipReleasesTheBusAndARetrySucceeds()
        {
            NorRig rig = NorRig.CreateUninitialized(NorChipModel.W25Q128JV());
            rig.Chip.Miso = MisoLevel.AbsentHigh;
            OwnedBus first = new OwnedBus(rig.Chip);
            Assert.ThrowsException(typeof(NorFlashException), () => SpiNorPstore.Mount(first, rig.Time, Config()));
            Assert.AreEqual(1, first.Disposals);

            rig.Chip.Miso = MisoLevel.Chip;
            OwnedBus second = new OwnedBus(rig.Chip);
            Pstore store = SpiNorPstore.Mount(second, rig.Time, Config());
            Assert.AreEqual(0, store.ListRecords().Length);
            Assert.AreEqual(0, second.Disposals);
        }

        [TestMethod]
        public void PartitionOutsideTheChipReleasesTheBus()
        {
            NorRig rig = NorRig.CreateUninitialized(NorChipModel.W25Q128JV());
            PstoreConfig config = Config();
            config.PartitionOffset = 16 * 1024 * 1024;
            OwnedBus bus = new OwnedBus(rig.Chip);
            ArgumentException e = MountRefused(bus, () => SpiNorPstore.Mount(bus, rig.Time, config));
            Assert.AreEqual("partitionOffset", e.ParamName);
            Assert.IsTrue(e.Message.Contains("0x1000000+131072 does not fit"), e.Message);
        }

        [TestMethod]
        public void MissingClockOrConfigReleasesTheBus()
        {
            NorRig rig = NorRig.CreateUninitialized(NorChipModel.W25Q128JV());
            OwnedBus noClock = new OwnedBus(rig.Chip);
            Assert.AreEqual("time", MountRefused(noClock, () => SpiNorPstore.Mount(noClock, null, Config())).ParamName);
            OwnedBus noConfig = new OwnedBus(rig.Chip);
            Assert.AreEqual("config", MountRefused(noConfig, () => SpiNorPstore.Mount(noConfig, rig.Time, null)).ParamName);
        }

        private static ArgumentException MountRefused(OwnedBus bus, Action mount)
        {
            ArgumentException refused = null;
            try
            {
                mount();
            }
            catch (ArgumentException e)
            {
                refused = e;
            }

            Assert.IsNotNull(refused, "the mount was refused");
            Assert.AreEqual(1, bus.Disposals, "the refused mount released the bus");
            return refused;
        }

        // 128 KiB at the start of the chip: a 32 KiB pmsg ring and six 16 KiB dmesg zones.
        private static PstoreConfig Config()
        {
            PstoreConfig c = PstoreConfig.Defaults();
            c.PartitionSize = 128 * 1024;
            c.PmsgSize = 32 * 1024;
            c.KmsgSize = 16 * 1024;
            return c;
        }
    }
}

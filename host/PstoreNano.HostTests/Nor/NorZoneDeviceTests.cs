using System;
using nanoFramework.TestFramework;
using PstoreNano.Drivers.Nor;
using PstoreNano.Simulators.Nor;

namespace PstoreNano.HostTests.Nor
{
    [TestClass]
    public class NorZoneDeviceTests
    {
        private const int PartitionOffset = 0x100000;
        private const int PartitionSize = 256 * 1024;

        [TestMethod]
        public void GeometryAndPartitionOffset()
        {
            NorRig rig = NorRig.Create(NorChipModel.W25Q128JV());
            NorZoneDevice zone = new NorZoneDevice(rig.Flash, PartitionOffset, PartitionSize);
            Assert.AreEqual("pstore_nor", zone.Name);
            Assert.AreEqual(PartitionSize, zone.Size);
            Assert.AreEqual(256, zone.PageSize);
            Assert.AreEqual(4096, zone.EraseSize);
            Assert.IsTrue(zone.EraseBeforeProgram);

            byte[] data = NorRig.Pattern(300, 10);
            zone.Program(0x10, data, 0, data.Length);
            Assert.AreEqual(data[0], rig.Chip.Data[PartitionOffset + 0x10]);
            byte[] back = new byte[300];
            zone.Read(0x10, back, 0, back.Length);
            CollectionAssert.AreEqual(data, back);
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => zone.Read(PartitionSize - 10, back, 0, 11));
            Assert.ThrowsException(typeof(ArgumentException), () => new NorZoneDevice(rig.Flash, 0x800, 4096));
            Assert.ThrowsException(typeof(ArgumentException), () => new NorZoneDevice(rig.Flash, 0xFFF000, 8192));
            rig.AssertNoViolations();
        }

        [TestMethod]
        public void RefusesToProgramSpaceThatIsNotErased()
        {
            NorRig rig = NorRig.Create(NorChipModel.W25Q128JV());
            NorZoneDevice zone = new NorZoneDevice(rig.Flash, PartitionOffset, PartitionSize);
            byte[] data = NorRig.Pattern(64, 11);
            zone.Program(0x1000, data, 0, 64);
            long programs = rig.Chip.Statistics.PagePrograms;
            NorFlashException e = SpiNorIdentifyTests.Catch(() => zone.Program(0x1020, data, 0, 64));
            Assert.IsTrue(e.Message.Contains("0x1020") && e.Message.Contains("would need bits set"), e.Message);
            Assert.AreEqual(programs, rig.Chip.Statistics.PagePrograms, "nothing programmed");

            // Zeros only clear bits: the engine invalidates a header this way before an erase.
            zone.Program(0x1000, new byte[4], 0, 4);
            Assert.AreEqual((byte)0, rig.Chip.Data[PartitionOffset + 0x1000]);
            Assert.IsFalse(zone.IsErased(0x1000, 4096));
            zone.Erase(0x1000, 4096);
            Assert.IsTrue(zone.IsErased(0x1000, 4096));
            zone.Program(0x1020, data, 0, 64);
            rig.AssertNoViolations();
        }

        [TestMethod]
        public void AfterPanicTakeOverProgramsTrustThePreErasedZoneAndErasesAreRefused()
        {
            NorRig rig = NorRig.Create(NorChipModel.W25Q128JV());
            NorZoneDevice zone = new NorZoneDevice(rig.Flash, PartitionOffset, PartitionSize);
            byte[] data = NorRig.Pattern(64, 12);
            zone.Program(0x2000, data, 0, 64);
            zone.PanicTakeOver();
            Assert.IsTrue(zone.InPanic);
            byte[] zeros = new byte[64];
            zone.Program(0x2000, zeros, 0, 64);
            Assert.AreEqual((byte)0, rig.Chip.Data[PartitionOffset + 0x2000], "programmed without the erased check");
            NorFlashException e = SpiNorIdentifyTests.Catch(() => zone.Erase(0x3000, 4096));
            Assert.IsTrue(e.Message.Contains("panic"), e.Message);
            Assert.AreEqual(0, rig.Chip.Statistics.Erases);
            rig.AssertNoViolations();
        }

        [TestMethod]
        public void PanicDumpOf4KiBRunsAtChipSpeedWithoutErasesOrAllocation()
        {
            // The first run pays for JIT compilation and static constructors; the second one is measured.
            PanicDump(out _, out _);
            NorRig rig = PanicDump(out double elapsed, out long allocated);

            double target = 16 * 400 + NorRig.WireMicroseconds(16 * (4 + 256));
            OutputHelper.WriteLine("panic 4 KiB dump: " + elapsed + " us vs " + target + " us");
            Assert.IsTrue(elapsed <= 1.05 * target, "ratio " + (elapsed / target));
            Assert.AreEqual(0, rig.Chip.Statistics.Erases);
            Assert.AreEqual(0L, rig.Chip.Statistics.ReadCommands, "no erased check on the panic path");
            Assert.AreEqual(0L, allocated);
            rig.AssertNoViolations();
        }

        private static NorRig PanicDump(out double elapsedMicroseconds, out long allocated)
        {
            NorRig rig = NorRig.Create(NorChipModel.W25Q128JV());
            NorZoneDevice zone = new NorZoneDevice(rig.Flash, PartitionOffset, PartitionSize);
            zone.Erase(0x8000, 4096);
            byte[] dump = NorRig.Pattern(4096, 13);
            zone.Program(0x9000, dump, 0, 16);
            rig.Chip.Statistics.Reset();

            long before = GC.GetAllocatedBytesForCurrentThread();
            long start = rig.Clock.Nanoseconds;
            zone.PanicTakeOver();
            zone.Program(0x8000, dump, 0, 4096);
            elapsedMicroseconds = (rig.Clock.Nanoseconds - start) / 1000.0;
            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            return rig;
        }

        [TestMethod]
        public void PanicTakeOverWaitsOutAnEraseAnotherThreadLeftRunning()
        {
            NorRig rig = NorRig.Create(NorChipModel.W25Q128JV());
            NorZoneDevice zone = new NorZoneDevice(rig.Flash, PartitionOffset, PartitionSize);

            // Another thread sent WREN and a 64 KiB erase, then was stopped before polling.
            byte[] erase = new byte[] { NorCommand.WriteEnable, NorCommand.Block64Erase, 0x10, 0x00, 0x00 };
            rig.Chip.Transfer(erase, 0, 1, null, 0, 0);
            rig.Chip.Transfer(erase, 1, 4, null, 0, 0);
            long start = rig.Clock.Microseconds;
            zone.PanicTakeOver();
            long waited = rig.Clock.Microseconds - start;
            Assert.IsFalse(rig.Chip.IsBusy);
            Assert.IsTrue(waited >= 150000 && waited < 151000, "waited " + waited + " us for a 150 ms erase");
            byte[] data = NorRig.Pattern(256, 14);
            zone.Program(0, data, 0, 256);
            Assert.AreEqual(data[255], rig.Chip.Data[PartitionOffset + 255]);
            rig.AssertNoViolations();
        }

        [TestMethod]
        public void PanicTakeOverOnAHungChipFailsWithinItsBound()
        {
            NorRig rig = NorRig.Create(NorChipModel.W25Q128JV());
            NorZoneDevice zone = new NorZoneDevice(rig.Flash, PartitionOffset, PartitionSize);
            rig.Chip.StuckBusy = true;
            byte[] erase = new byte[] { NorCommand.WriteEnable, NorCommand.SectorErase, 0x10, 0x00, 0x00 };
            rig.Chip.Transfer(erase, 0, 1, null, 0, 0);
            rig.Chip.Transfer(erase, 1, 4, null, 0, 0);
            long start = rig.Clock.Microseconds;
            NorFlashException e = SpiNorIdentifyTests.Catch(() => zone.PanicTakeOver());
            long waited = rig.Clock.Microseconds - start;
            Assert.IsTrue(e.Message.Contains("panic take-over") && e.Message.Contains("timed out"), e.Message);
            int bound = NorTiming.TimeoutFor(rig.Flash.Part.Timing.Block64EraseMax);
            Assert.IsTrue(waited >= bound && waited < bound + 1000, "waited " + waited + " us, bound " + bound);
        }

        [TestMethod]
        public void PanicDumpOnAChipStuckBusyReturnsFalseAtTheProgramTimeout()
        {
            NorRig rig = NorRig.Create(NorChipModel.W25Q128JV());
            NorZoneDevice zone = new NorZoneDevice(rig.Flash, PartitionOffset, PartitionSize);
            PstoreNano.Config.PstoreConfig config = PstoreNano.Config.PstoreConfig.Defaults();
            config.PmsgSize = 16 * 1024;
            config.KmsgSize = 4 * 1024;
            config.PartitionSize = 0;
            Pstore store = Pstore.Mount(zone, config, new PstoreNano.Engine.NoWallClock());
            store.Log("the bus went quiet");

            rig.Chip.StuckBusy = true;
            long start = rig.Clock.Microseconds;
            bool stored = store.Dump(PstoreNano.Records.DumpReason.Panic, new System.InvalidOperationException("watchdog"));
            long waited = rig.Clock.Microseconds - start;

            Assert.IsFalse(stored, "a chip that never leaves busy stores nothing");
            // The dump's first page program never completes: the driver gives up at its program timeout.
            int bound = NorTiming.TimeoutFor(rig.Flash.Part.Timing.PageProgramMax);
            Assert.IsTrue(waited >= bound && waited < bound + 1000, "the dump gave up after " + waited + " us, bound " + bound);
        }
    }
}

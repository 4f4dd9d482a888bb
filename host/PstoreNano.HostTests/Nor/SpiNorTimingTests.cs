using nanoFramework.TestFramework;
using PstoreNano.Drivers.Nor;
using PstoreNano.Simulators.Nor;

namespace PstoreNano.HostTests.Nor
{
    [TestClass]
    public class SpiNorTimingTests
    {
        // One page program on the wire: WREN (1 byte), RDSR for WEL (2), PP with 3 address bytes (4 + data).
        private static double CommandWire(int dataBytes)
        {
            return NorRig.WireMicroseconds(1 + 2 + 4 + dataBytes);
        }

        [TestMethod]
        public void PageProgramTakesTppTypicalWithin3Percent()
        {
            AssertPageProgram(NorTimingMode.Typical, 400);
        }

        [TestMethod]
        public void PageProgramTakesTppMaximumWithin3Percent()
        {
            AssertPageProgram(NorTimingMode.Maximum, 3000);
        }

        [TestMethod]
        public void ShortProgramTakesByteProgramTimes()
        {
            // 16 bytes: tBP1 + 15 tBP2 = 30 + 37.5 us typical, well under tPP.
            NorRig rig = NorRig.Create(NorChipModel.W25Q128JV());
            byte[] data = NorRig.Pattern(16, 7);
            long start = rig.Clock.Nanoseconds;
            rig.Flash.Program(0x100, data, 0, 16);
            double elapsed = (rig.Clock.Nanoseconds - start) / 1000.0;
            double chip = 30 + 15 * 2.5 + CommandWire(16);
            Assert.IsTrue(elapsed >= chip && elapsed <= chip + rig.Flash.Part.Timing.ProgramPollInterval + 1,
                "16-byte program took " + elapsed + " us, chip time " + chip + " us");
            rig.AssertNoViolations();
        }

        [TestMethod]
        public void SectorEraseTakesTseTypicalWithinOnePoll()
        {
            NorRig rig = NorRig.Create(NorChipModel.W25Q128JV());
            long start = rig.Clock.Nanoseconds;
            rig.Flash.Erase(0x4000, 4096);
            double elapsed = (rig.Clock.Nanoseconds - start) / 1000.0;
            int poll = NorTiming.ErasePollInterval(45000);
            Assert.IsTrue(elapsed >= 45000, "erase took " + elapsed + " us");
            Assert.IsTrue(elapsed <= 45000 + poll + 5, "erase took " + elapsed + " us, poll interval " + poll + " us");
            OutputHelper.WriteLine("4 KiB sector erase: " + elapsed + " us (tSE typ 45000 us, poll " + poll + " us)");
            rig.AssertNoViolations();
        }

        [TestMethod]
        public void FourKiBProgramIsWithin5PercentOfChipTime()
        {
            AssertFourKiB(NorTimingMode.Typical, 400);
            AssertFourKiB(NorTimingMode.Maximum, 3000);
        }

        private static void AssertPageProgram(NorTimingMode mode, int tpp)
        {
            NorRig rig = NorRig.Create(NorChipModel.W25Q128JV(), mode);
            byte[] data = NorRig.Pattern(256, 8);
            long start = rig.Clock.Nanoseconds;
            rig.Flash.Program(0x8000, data, 0, 256);
            double elapsed = (rig.Clock.Nanoseconds - start) / 1000.0;
            double chip = tpp + CommandWire(256);
            double overshoot = (elapsed - chip) / tpp;
            OutputHelper.WriteLine(mode + " 256-byte page program: " + elapsed + " us (tPP " + tpp + " + wire " +
                CommandWire(256) + " us), overshoot " + (overshoot * 100).ToString("F2") + "% of tPP");
            Assert.IsTrue(elapsed >= chip, "faster than the chip: " + elapsed);
            Assert.IsTrue(overshoot <= 0.03, "overshoot " + overshoot);
            rig.AssertNoViolations();
        }

        private static void AssertFourKiB(NorTimingMode mode, int tpp)
        {
            NorRig rig = NorRig.Create(NorChipModel.W25Q128JV(), mode);
            byte[] data = NorRig.Pattern(4096, 9);
            long start = rig.Clock.Nanoseconds;
            rig.Flash.Program(0x10000, data, 0, 4096);
            double elapsed = (rig.Clock.Nanoseconds - start) / 1000.0;
            double target = 16 * tpp + NorRig.WireMicroseconds(16 * (4 + 256));
            OutputHelper.WriteLine(mode + " 4 KiB program: " + elapsed + " us vs 16 x tPP + wire = " + target +
                " us (ratio " + (elapsed / target).ToString("F4") + ")");
            Assert.AreEqual(16, rig.Chip.Statistics.PagePrograms);
            Assert.IsTrue(elapsed <= 1.05 * target, "ratio " + (elapsed / target));
            rig.AssertNoViolations();
        }
    }
}

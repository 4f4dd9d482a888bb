using nanoFramework.TestFramework;
using PstoreNano.Simulators.Nor;
using PstoreNano.Tool;

namespace PstoreNano.HostTests.Bench
{
    /// <summary>The benchmark's yardsticks: the chip bound and the Linux cost model count what they say.</summary>
    [TestClass]
    public class BenchModelTests
    {
        [TestMethod]
        public void BoundOfFourKibIsSixteenPagePrograms()
        {
            NorBound bound = new NorBound(NorChipModel.W25Q128JV(), NorTimingMode.Typical, 20000000);
            // W25Q128JV typ: tPP 400 us per full page; 260 bytes (opcode, address, data) at 20 MHz = 104 us.
            Assert.AreEqual(16 * (400000L + 104000L), bound.ProgramNs(0, 4096));
            Assert.AreEqual(17, NorBound.PagesTouched(100, 4096));
            Assert.AreEqual(2 * bound.PageProgramNs(128), bound.ProgramNs(128, 256));
        }

        [TestMethod]
        public void LinuxModelRewritesTheHeaderSectorOnEveryRecordAfterTheFirst()
        {
            NorStack stack = NorStack.W25Q128JV(64 * 1024, 16 * 1024);
            LinuxPmsgModel linux = new LinuxPmsgModel(stack.Reboot(), 16 * 1024);
            byte[] record = new byte[100];
            linux.Write(record, 0, record.Length);
            Assert.AreEqual(0L, stack.Chip.Statistics.Erases, "the first record lands on erased flash");

            long programs = stack.Chip.Statistics.PagePrograms;
            linux.Write(record, 0, record.Length);
            Assert.AreEqual(1L, stack.Chip.Statistics.Erases, "the header rewrite erases sector 0");
            // The data program into erased bytes, then the one programmed page of sector 0 again after the erase.
            Assert.AreEqual(2L, stack.Chip.Statistics.PagePrograms - programs, "data program + re-program of page 0");
            Assert.AreEqual(16 * 1024, linux.RamBytes);
            Assert.IsNull(stack.CheckChip());
        }
    }
}

using System;
using nanoFramework.TestFramework;
using PstoreNano.Drivers.Nor;
using PstoreNano.Simulators.Nor;

namespace PstoreNano.HostTests.Nor
{
    [TestClass]
    public class SpiNorProgramEraseTests
    {
        [TestMethod]
        public void ReadsAreSplitToFitTheBoardsFrame()
        {
            // The board glue opens the bus with a 4 KiB + 8 byte frame (NorPstore.FrameBytes).
            NorRig rig = NorRig.Create(NorChipModel.W25Q128JV());
            rig.Chip.MaxTransferBytes = 4096 + 8;
            byte[] data = NorRig.Pattern(20000, 21);
            System.Array.Copy(data, 0, rig.Chip.Data, 0x3000, data.Length);
            byte[] back = new byte[data.Length];
            rig.Flash.Read(0x3000, back, 0, back.Length);
            CollectionAssert.AreEqual(data, back);
            rig.AssertNoViolations();
        }

        [TestMethod]
        public void ProgramSplitsAtPageBoundaries()
        {
            NorRig rig = NorRig.Create(NorChipModel.W25Q128JV());
            byte[] data = NorRig.Pattern(700, 3);
            rig.Flash.Program(0x10000 + 200, data, 0, data.Length);

            // 200..256, 256..512, 512..768, 768..900 of the block: four pages touched.
            Assert.AreEqual(4, rig.Chip.Statistics.PagePrograms);
            Assert.AreEqual(700, rig.Chip.Statistics.BytesProgrammed);
            byte[] back = new byte[700];
            rig.Flash.Read(0x10000 + 200, back, 0, back.Length);
            CollectionAssert.AreEqual(data, back);
            Assert.AreEqual((byte)0xFF, rig.Chip.Data[0x10000 + 199]);
            Assert.AreEqual((byte)0xFF, rig.Chip.Data[0x10000 + 900]);
            rig.AssertNoViolations();
        }

        [TestMethod]
        public void PageProgramWrapsInsideThePageAndAndsBits()
        {
            NorRig rig = NorRig.Create(NorChipModel.W25Q128JV());
            int page = 0x3000;
            byte[] first = new byte[256];
            for (int i = 0; i < 256; i++)
            {
                first[i] = 0xF0;
            }

            rig.Flash.Program(page, first, 0, 256);

            // Raw page program at column 250 with 10 bytes: columns 250..255, then 0..3 of the same page.
            byte[] command = new byte[4 + 10];
            command[0] = NorCommand.PageProgram;
            command[1] = 0x00;
            command[2] = 0x30;
            command[3] = 250;
            for (int i = 0; i < 10; i++)
            {
                command[4 + i] = 0x3C;
            }

            rig.Chip.Transfer(new byte[] { NorCommand.WriteEnable }, 0, 1, null, 0, 0);
            rig.Chip.Transfer(command, 0, command.Length, null, 0, 0);
            rig.Flash.WaitWhileBusy("test");

            byte[] back = new byte[512];
            rig.Flash.Read(page, back, 0, back.Length);
            for (int c = 0; c < 256; c++)
            {
                bool touched = c >= 250 || c < 4;
                Assert.AreEqual(touched ? (byte)0x30 : (byte)0xF0, back[c], "column " + c);
            }

            Assert.AreEqual((byte)0xFF, back[256], "the next page is untouched");
            rig.AssertNoViolations();
        }

        [TestMethod]
        public void ReadsLongerThan16KiBAreSplit()
        {
            NorRig rig = NorRig.Create(NorChipModel.W25Q32JV());
            byte[] back = new byte[40 * 1024];
            rig.Chip.Statistics.Reset();
            rig.Flash.Read(0x1000, back, 0, back.Length);
            Assert.AreEqual(3, rig.Chip.Statistics.ReadCommands);
            Assert.AreEqual(back.Length, rig.Chip.Statistics.BytesRead);
            rig.AssertNoViolations();
        }

        [TestMethod]
        public void EraseOf128KiBAlignedUsesTwo64KiBBlocks()
        {
            NorRig rig = NorRig.Create(NorChipModel.W25Q128JV());
            FillRange(rig, 0x1F000, 0x22000);
            rig.Chip.Statistics.Reset();
            rig.Flash.Erase(0x20000, 128 * 1024);
            Assert.AreEqual(2, rig.Chip.Statistics.Block64Erases);
            Assert.AreEqual(0, rig.Chip.Statistics.Block32Erases);
            Assert.AreEqual(0, rig.Chip.Statistics.SectorErases);
            AssertErased(rig, 0x20000, 0x40000);
            Assert.AreEqual((byte)0x00, rig.Chip.Data[0x1FFFF], "byte before the range kept");
            rig.AssertNoViolations();
        }

        [TestMethod]
        public void EraseOf36KiBAt28KiBUsesASectorAndA32KiBBlock()
        {
            NorRig rig = NorRig.Create(NorChipModel.MX25R6435F());
            FillRange(rig, 0x6000, 0x11000);
            rig.Chip.Statistics.Reset();
            rig.Flash.Erase(28 * 1024, 36 * 1024);
            Assert.AreEqual(1, rig.Chip.Statistics.SectorErases);
            Assert.AreEqual(1, rig.Chip.Statistics.Block32Erases);
            Assert.AreEqual(0, rig.Chip.Statistics.Block64Erases);
            AssertErased(rig, 28 * 1024, 64 * 1024);
            Assert.AreEqual((byte)0x00, rig.Chip.Data[28 * 1024 - 1]);
            Assert.AreEqual((byte)0x00, rig.Chip.Data[64 * 1024]);
            rig.AssertNoViolations();
        }

        [TestMethod]
        public void EraseOfAMixedRangeClimbsAndDescendsUnitSizes()
        {
            // 4 KiB .. 132 KiB: 7 sectors up to 32 KiB, a 32 KiB block, a 64 KiB block, then one sector.
            NorRig rig = NorRig.Create(NorChipModel.W25Q64JV());
            rig.Flash.Erase(4096, 128 * 1024);
            Assert.AreEqual(8, rig.Chip.Statistics.SectorErases);
            Assert.AreEqual(1, rig.Chip.Statistics.Block32Erases);
            Assert.AreEqual(1, rig.Chip.Statistics.Block64Erases);
            rig.AssertNoViolations();
        }

        [TestMethod]
        public void MisalignedEraseIsRefused()
        {
            NorRig rig = NorRig.Create(NorChipModel.W25Q128JV());
            Assert.ThrowsException(typeof(ArgumentException), () => rig.Flash.Erase(0x800, 4096));
            Assert.ThrowsException(typeof(ArgumentException), () => rig.Flash.Erase(0x1000, 100));
            Assert.AreEqual(0, rig.Chip.Statistics.Erases);
        }

        [TestMethod]
        public void StuckBusyProgramAndEraseTimeOutWithOperationAndAddress()
        {
            NorRig rig = NorRig.Create(NorChipModel.W25Q128JV());
            byte[] data = NorRig.Pattern(16, 4);

            long start = rig.Clock.Microseconds;
            rig.Chip.StuckBusy = true;
            NorFlashException program = SpiNorIdentifyTests.Catch(() => rig.Flash.Program(0x5010, data, 0, 16));
            Assert.IsTrue(program.Message.Contains("0x5010"), program.Message);
            Assert.IsTrue(program.Message.Contains("program"), program.Message);
            Assert.IsTrue(program.Message.Contains("status 0x"), program.Message);
            long waited = rig.Clock.Microseconds - start;
            Assert.IsTrue(waited >= NorTiming.MinimumTimeout && waited < 2 * NorTiming.MinimumTimeout, "waited " + waited + " us");

            // A power cycle clears the hang; the next erase hangs in turn.
            rig.Chip.CutNow();
            rig.Chip.PowerOn();
            rig.Flash.Init();
            rig.Chip.StuckBusy = true;
            NorFlashException erase = SpiNorIdentifyTests.Catch(() => rig.Flash.Erase(0x7000, 4096));
            Assert.IsTrue(erase.Message.StartsWith("erase at 0x7000 timed out"), erase.Message);
        }

        [TestMethod]
        public void WriteEnableThatDoesNotLatchIsAnError()
        {
            NorRig rig = NorRig.Create(NorChipModel.MX25L12835F());
            rig.Chip.IgnoreWriteEnable = true;
            byte[] data = NorRig.Pattern(8, 5);
            NorFlashException e = SpiNorIdentifyTests.Catch(() => rig.Flash.Program(0x100, data, 0, 8));
            Assert.IsTrue(e.Message.Contains("WEL"), e.Message);
            Assert.IsTrue(e.Message.Contains("0x100"), e.Message);
            Assert.AreEqual(0, rig.Chip.Statistics.PagePrograms);
            Assert.AreEqual((byte)0xFF, rig.Chip.Data[0x100]);
            rig.AssertNoViolations();
        }

        [TestMethod]
        public void SimulatorReportsCommandsABuggyDriverSends()
        {
            NorRig rig = NorRig.Create(NorChipModel.W25Q128JV());
            byte[] erase = new byte[] { NorCommand.SectorErase, 0, 0x10, 0 };
            byte[] read = new byte[] { NorCommand.Read, 0, 0x10, 0 };
            byte[] back = new byte[4];
            rig.Chip.Transfer(erase, 0, 4, null, 0, 0);
            Assert.AreEqual(1, rig.Chip.ProtocolViolations.Count, "erase without WEL");
            rig.Chip.Transfer(new byte[] { NorCommand.WriteEnable }, 0, 1, null, 0, 0);
            rig.Chip.Transfer(erase, 0, 4, null, 0, 0);
            rig.Chip.Transfer(read, 0, 4, back, 0, 4);
            Assert.AreEqual(2, rig.Chip.ProtocolViolations.Count, "read while busy");
            Assert.IsTrue(rig.Chip.ProtocolViolations[1].Contains("while busy with sector erase"));
        }

        [TestMethod]
        public void DriverAllocatesNothingPerReadOrProgram()
        {
            NorRig rig = NorRig.Create(NorChipModel.W25Q128JV());
            byte[] data = NorRig.Pattern(4096, 6);
            byte[] back = new byte[4096];
            rig.Flash.Program(0, data, 0, 512);
            rig.Flash.Read(0, back, 0, 512);

            // Programming the same bytes again only clears bits that are already clear: repeatable.
            long allocated = PstoreNano.HostTests.Support.HeapMeter.LeastAllocated(() =>
            {
                rig.Flash.Program(512, data, 512, 3584);
                rig.Flash.Read(0, back, 0, 4096);
                rig.Flash.Read(100, back, 7, 1000);
            });
            Assert.AreEqual(0L, allocated);
            rig.Flash.Read(0, back, 0, 4096);
            CollectionAssert.AreEqual(data, back);
            rig.AssertNoViolations();
        }

        internal static void FillRange(NorRig rig, int start, int end)
        {
            byte[] zeros = new byte[end - start];
            rig.Flash.Program(start, zeros, 0, zeros.Length);
        }

        internal static void AssertErased(NorRig rig, int start, int end)
        {
            for (int a = start; a < end; a++)
            {
                if (rig.Chip.Data[a] != 0xFF)
                {
                    Assert.IsTrue(false, "byte 0x" + a.ToString("X") + " is 0x" + rig.Chip.Data[a].ToString("X2") + ", not erased");
                }
            }
        }
    }
}

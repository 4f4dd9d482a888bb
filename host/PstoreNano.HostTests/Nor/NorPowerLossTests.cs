using System;
using nanoFramework.TestFramework;
using PstoreNano.Drivers.Nor;
using PstoreNano.Simulators.Nor;
using PstoreNano.Testing;

namespace PstoreNano.HostTests.Nor
{
    [TestClass]
    public class NorPowerLossTests
    {
        [TestMethod]
        public void TornPageProgramLeavesAPrefixAndAPartialByte()
        {
            for (int seed = 1; seed <= 20; seed++)
            {
                NorRig rig = NorRig.Create(NorChipModel.W25Q32JV());
                byte[] data = NorRig.Pattern(256, seed);
                for (int i = 0; i < data.Length; i++)
                {
                    // Every byte clears at least one bit, so a landed byte never looks erased.
                    data[i] &= 0x7F;
                }

                double fraction = seed / 21.0;
                rig.Chip.ScheduleCut(rig.Chip.OperationCount, fraction, seed);
                Assert.ThrowsException(typeof(PowerCutException), () => rig.Flash.Program(0x2000, data, 0, 256));
                Assert.IsTrue(rig.Chip.IsPoweredOff);

                // Bytes land in order: a prefix equal to the data, at most one byte in between, then erased.
                int landed = 0;
                while (landed < 256 && rig.Chip.Data[0x2000 + landed] == data[landed])
                {
                    landed++;
                }

                Assert.IsTrue(Math.Abs(landed - (int)(fraction * 256)) <= 1, "seed " + seed + ": " + landed + " bytes landed");
                for (int i = landed; i < 256; i++)
                {
                    byte now = rig.Chip.Data[0x2000 + i];
                    Assert.AreEqual(data[i], (byte)(now & data[i]), "byte " + i + " holds bits the data clears");
                    if (i > landed + 1)
                    {
                        Assert.AreEqual((byte)0xFF, now, "seed " + seed + ": byte " + i + " after the byte in flight");
                    }
                }
            }
        }

        [TestMethod]
        public void PoweredOffChipRefusesEveryTransferUntilPowerOn()
        {
            NorRig rig = NorRig.Create(NorChipModel.W25Q64JV());
            rig.Chip.CutNow();
            byte[] back = new byte[4];
            Assert.ThrowsException(typeof(PowerCutException), () => rig.Flash.Read(0, back, 0, 4));
            Assert.ThrowsException(typeof(PowerCutException), () => rig.Flash.Init());
            rig.Chip.PowerOn();
            rig.Flash.Init();
            rig.Flash.Read(0, back, 0, 4);
            Assert.AreEqual((byte)0xFF, back[0]);
            rig.AssertNoViolations();
        }

        [TestMethod]
        public void InterruptedEraseLeavesErasedOldAndUnstableBytes()
        {
            NorRig rig = NorRig.Create(NorChipModel.W25Q128JV());
            SpiNorProgramEraseTests.FillRange(rig, 0x3000, 0x4000);
            rig.Chip.ScheduleCut(rig.Chip.OperationCount, 0.5, 42);
            Assert.ThrowsException(typeof(PowerCutException), () => rig.Flash.Erase(0x3000, 4096));
            rig.Chip.PowerOn();
            rig.Flash.Init();

            byte[] first = new byte[4096];
            byte[] second = new byte[4096];
            rig.Flash.Read(0x3000, first, 0, 4096);
            rig.Flash.Read(0x3000, second, 0, 4096);
            int erased = 0;
            int old = 0;
            int differ = 0;
            for (int i = 0; i < 4096; i++)
            {
                erased += first[i] == 0xFF ? 1 : 0;
                old += first[i] == 0x00 ? 1 : 0;
                differ += first[i] != second[i] ? 1 : 0;
            }

            Assert.IsTrue(erased > 1000 && old > 1000, "erased " + erased + ", old " + old);
            Assert.IsTrue(differ > 100, "unstable bytes read differently: " + differ);
            Assert.IsTrue(rig.Chip.Cells.UnstableCount > 0);

            // The next complete erase settles them.
            rig.Flash.Erase(0x3000, 4096);
            Assert.AreEqual(0, rig.Chip.Cells.UnstableCount);
            SpiNorProgramEraseTests.AssertErased(rig, 0x3000, 0x4000);
            rig.AssertNoViolations();
        }

        [TestMethod]
        public void WornOutSectorKeepsAStuckBitAfterErase()
        {
            NorRig rig = NorRig.Create(NorChipModel.W25Q32JV());
            rig.Chip.Cells.EnduranceLimit = 3;
            for (int i = 0; i < 3; i++)
            {
                rig.Flash.Erase(0x1000, 4096);
            }

            Assert.AreEqual(0, rig.Chip.Statistics.WornErases);
            SpiNorProgramEraseTests.AssertErased(rig, 0x1000, 0x2000);
            rig.Flash.Erase(0x1000, 4096);
            Assert.AreEqual(4, rig.Chip.EraseCount(1));
            Assert.AreEqual(1, rig.Chip.Statistics.WornErases);
            int notErased = 0;
            for (int a = 0x1000; a < 0x2000; a++)
            {
                notErased += rig.Chip.Data[a] != 0xFF ? 1 : 0;
            }

            Assert.AreEqual(1, notErased);
            rig.AssertNoViolations();
        }
    }
}

using System;
using nanoFramework.TestFramework;
using PstoreNano.Drivers;
using PstoreNano.Drivers.Nor;
using PstoreNano.Simulators;
using PstoreNano.Simulators.Nor;

namespace PstoreNano.HostTests.Nor
{
    [TestClass]
    public class SpiNorIdentifyTests
    {
        [TestMethod]
        public void IdentifiesEveryPartWithSfdpEraseUnits()
        {
            NorChipModel[] models = NorChipModel.All();
            for (int m = 0; m < models.Length; m++)
            {
                NorRig rig = NorRig.Create(models[m]);
                SpiNorFlash flash = rig.Flash;
                Assert.AreEqual(models[m].JedecId, flash.JedecId, models[m].Name);
                Assert.AreEqual(models[m].Name, flash.Part.Name);
                Assert.AreEqual(models[m].Capacity, flash.Capacity, models[m].Name);
                Assert.AreEqual(256, flash.PageSize);
                Assert.IsTrue(flash.HasSfdp, models[m].Name + " serves SFDP");
                Assert.AreEqual(3, flash.EraseUnitCount);
                Assert.AreEqual(65536, flash.EraseUnitSize(0));
                Assert.AreEqual(32768, flash.EraseUnitSize(1));
                Assert.AreEqual(4096, flash.EraseUnitSize(2));
                Assert.AreEqual(models[m].Capacity > 16 * 1024 * 1024 ? 4 : 3, flash.AddressBytes, models[m].Name);
                rig.AssertNoViolations();
            }
        }

        [TestMethod]
        public void WithoutSfdpTheErasesComeFromTheTable()
        {
            NorRig rig = NorRig.CreateUninitialized(NorChipModel.W25Q64JV());
            rig.Chip.ServeSfdp = false;
            rig.Flash.Init();
            Assert.IsFalse(rig.Flash.HasSfdp);
            Assert.AreEqual(4096, rig.Flash.SmallestEraseSize);
            Assert.AreEqual(65536, rig.Flash.EraseUnitSize(0));
            rig.Flash.Erase(0, 65536);
            Assert.AreEqual(1, rig.Chip.Statistics.Block64Erases);
            rig.AssertNoViolations();
        }

        [TestMethod]
        public void EraseUnitsFollowTheSfdpTable()
        {
            // This chip's SFDP lists 4 KiB and 64 KiB erases only (erase type 2 cleared in DWORD 8).
            NorRig rig = NorRig.CreateUninitialized(NorChipModel.W25Q128JV());
            byte[] sfdp = rig.Chip.Model.Sfdp;
            sfdp[0x30 + 28 + 2] = 0;
            sfdp[0x30 + 28 + 3] = 0;
            rig.Flash.Init();
            Assert.AreEqual(2, rig.Flash.EraseUnitCount);
            Assert.AreEqual(65536, rig.Flash.EraseUnitSize(0));
            Assert.AreEqual(4096, rig.Flash.EraseUnitSize(1));
            rig.Flash.Erase(28 * 1024, 36 * 1024);
            Assert.AreEqual(9, rig.Chip.Statistics.SectorErases);
            Assert.AreEqual(0, rig.Chip.Statistics.Block32Erases);
            rig.AssertNoViolations();
        }

        [TestMethod]
        public void SfdpDensityThatDisagreesWithTheIdIsAnError()
        {
            NorRig rig = NorRig.CreateUninitialized(NorChipModel.W25Q64JV());
            byte[] sfdp = rig.Chip.Model.Sfdp;
            int bits = 16 * 1024 * 1024 * 8 - 1;
            sfdp[0x34] = (byte)bits;
            sfdp[0x35] = (byte)(bits >> 8);
            sfdp[0x36] = (byte)(bits >> 16);
            sfdp[0x37] = (byte)(bits >> 24);
            NorFlashException e = Catch(() => rig.Flash.Init());
            Assert.IsTrue(e.Message.Contains("W25Q64JV") && e.Message.Contains("16777216"), e.Message);
        }

        [TestMethod]
        public void W25Q256UsesFourByteAddressesAbove16MiB()
        {
            NorRig rig = NorRig.Create(NorChipModel.W25Q256JV());
            Assert.IsTrue(rig.Chip.FourByteMode);
            int high = 0x1800100;
            int alias = high - 0x1000000;
            byte[] data = NorRig.Pattern(600, 1);
            rig.Flash.Erase(0x1800000, 4096);
            rig.Flash.Program(high, data, 0, data.Length);
            byte[] back = new byte[600];
            rig.Flash.Read(high, back, 0, back.Length);
            CollectionAssert.AreEqual(data, back);
            for (int i = 0; i < data.Length; i++)
            {
                Assert.AreEqual(data[i], rig.Chip.Data[high + i]);
                Assert.AreEqual((byte)0xFF, rig.Chip.Data[alias + i], "3-byte addressing would have hit 16 MiB lower");
            }

            rig.Flash.Erase(0x1800000, 4096);
            Assert.AreEqual(2, rig.Chip.EraseCount(0x1800000 / 4096));
            Assert.AreEqual(0, rig.Chip.EraseCount(0x800000 / 4096));
            rig.AssertNoViolations();
        }

        [TestMethod]
        public void AbsentChipWithMisoHighIsAClearError()
        {
            AssertAbsent(MisoLevel.AbsentHigh, "FF FF FF");
        }

        [TestMethod]
        public void AbsentChipWithMisoLowIsAClearError()
        {
            AssertAbsent(MisoLevel.AbsentLow, "00 00 00");
        }

        [TestMethod]
        public void UnknownChipErrorNamesItsId()
        {
            UnknownChipBus bus = new UnknownChipBus();
            SpiNorFlash flash = new SpiNorFlash(bus, new VirtualTimeSource(new VirtualClock()));
            NorFlashException e = Catch(() => flash.Init());
            Assert.IsTrue(e.Message.Contains("1C 70 18"), e.Message);
            Assert.IsTrue(e.Message.Contains("unknown"), e.Message);
        }

        [TestMethod]
        [DataRow("W25Q128JV")]
        [DataRow("MX25R6435F")]
        public void DeepPowerDownThenInitRecovers(string part)
        {
            // The MX25R6435F needs 35 us after release from deep power-down (research/nor-timing.md §4 row 5).
            NorRig rig = NorRig.Create(part == "W25Q128JV" ? NorChipModel.W25Q128JV() : NorChipModel.MX25R6435F());
            byte[] data = NorRig.Pattern(100, 2);
            rig.Flash.Program(0x2000, data, 0, data.Length);
            rig.Flash.DeepPowerDown();
            Assert.IsTrue(rig.Chip.InDeepPowerDown);

            SpiNorFlash again = new SpiNorFlash(rig.Chip, rig.Time);
            again.Init();
            Assert.IsFalse(rig.Chip.InDeepPowerDown);
            Assert.AreEqual(rig.Chip.Model.JedecId, again.JedecId);
            byte[] back = new byte[100];
            again.Read(0x2000, back, 0, back.Length);
            CollectionAssert.AreEqual(data, back);
            rig.AssertNoViolations();
        }

        [TestMethod]
        public void InitWaitsOutAnOperationLeftRunning()
        {
            NorRig rig = NorRig.Create(NorChipModel.MX25L12835F());
            byte[] command = new byte[] { NorCommand.WriteEnable, NorCommand.SectorErase, 0, 0x10, 0 };
            rig.Chip.Transfer(command, 0, 1, null, 0, 0);
            rig.Chip.Transfer(command, 1, 4, null, 0, 0);
            Assert.IsTrue(rig.Chip.IsBusy);
            new SpiNorFlash(rig.Chip, rig.Time).Init();
            Assert.IsFalse(rig.Chip.IsBusy);
            rig.AssertNoViolations();
        }

        internal static NorFlashException Catch(Action action)
        {
            try
            {
                action();
            }
            catch (NorFlashException e)
            {
                return e;
            }

            Assert.IsTrue(false, "expected a NorFlashException");
            return null;
        }

        private static void AssertAbsent(MisoLevel level, string id)
        {
            NorRig rig = NorRig.CreateUninitialized(NorChipModel.W25Q128JV());
            rig.Chip.Miso = level;
            NorFlashException e = Catch(() => rig.Flash.Init());
            Assert.IsTrue(e.Message.Contains("no SPI NOR chip"), e.Message);
            Assert.IsTrue(e.Message.Contains(id), e.Message);
            Assert.IsTrue(rig.Clock.Microseconds < 1000, "an absent chip is reported at once, not after a busy timeout");
        }

        /// <summary>A chip from an unsupported maker: answers 0x9F with 1C 70 18 and reads idle.</summary>
        private sealed class UnknownChipBus : ISpiBus
        {
            public int ClockHz { get { return 20000000; } }

            public int MaxTransferBytes { get { return 16 * 1024; } }

            public void Transfer(byte[] writeBuffer, int writeOffset, int writeCount, byte[] readBuffer, int readOffset, int readCount)
            {
                for (int i = 0; i < readCount; i++)
                {
                    readBuffer[readOffset + i] = 0;
                }

                if (writeBuffer[writeOffset] == NorCommand.ReadJedecId && readCount >= 3)
                {
                    readBuffer[readOffset] = 0x1C;
                    readBuffer[readOffset + 1] = 0x70;
                    readBuffer[readOffset + 2] = 0x18;
                }
            }
        }
    }
}

using System;
using nanoFramework.TestFramework;
using PstoreNano.Drivers.Sd;
using PstoreNano.Simulators.Sd;

namespace PstoreNano.HostTests.Sd
{
    /// <summary>The SD driver against the simulated card's byte protocol: init, transfers, CRC, late responses.</summary>
    [TestClass]
    public class SpiSdCardTests
    {
        [TestMethod]
        public void InitOnSdhcFindsBlockAddressingCapacityAndRaisesTheClock()
        {
            SdRig rig = SdRig.Sdhc();
            rig.Driver.Init();

            Assert.IsTrue(rig.Driver.HighCapacity);
            Assert.IsTrue(rig.Driver.Version2);
            Assert.AreEqual(16384L, rig.Driver.SectorCount);
            Assert.AreEqual(20000000, rig.Card.ClockHz);
            Assert.IsTrue(rig.Card.CrcOn);
            Assert.AreEqual(0, rig.Card.ProtocolViolations.Count, string.Join("; ", rig.Card.ProtocolViolations));
        }

        [TestMethod]
        public void SdscTakesByteAddressesAndCmd16()
        {
            SdRig rig = new SdRig(SdCardModel.Sdsc(8192), false);
            rig.Driver.Init();
            byte[] data = SdRig.Pattern(1, 3);

            rig.Driver.WriteSectors(5, data, 0, 1);

            Assert.IsFalse(rig.Driver.HighCapacity);
            Assert.AreEqual(8192L, rig.Driver.SectorCount);
            CollectionAssert.AreEqual(data, rig.Card.ReadSector(5));
            Assert.IsFalse(rig.Card.CrcOn);
        }

        [TestMethod]
        public void VersionOneCardIsInitialisedWithoutCmd8()
        {
            SdRig rig = new SdRig(SdCardModel.SdscVersion1(4096), false);
            rig.Driver.Init();
            byte[] data = SdRig.Pattern(2, 4);

            rig.Driver.WriteSectors(9, data, 0, 2);

            Assert.IsFalse(rig.Driver.Version2);
            Assert.IsFalse(rig.Driver.HighCapacity);
            Assert.AreEqual(4096L, rig.Driver.SectorCount);
            CollectionAssert.AreEqual(new ArraySegment<byte>(data, 512, 512).ToArray(), rig.Card.ReadSector(10));
        }

        [TestMethod]
        [DataRow(1)]
        [DataRow(7)]
        public void SectorsWrittenReadBackSingleAndMulti(int sectors)
        {
            SdRig rig = SdRig.Sdhc();
            rig.Driver.Init();
            byte[] data = SdRig.Pattern(sectors, sectors);
            byte[] back = new byte[data.Length + 3];

            rig.Driver.WriteSectors(100, data, 0, sectors);
            rig.Driver.ReadSectors(100, back, 3, sectors);

            for (int i = 0; i < data.Length; i++)
            {
                Assert.AreEqual(data[i], back[3 + i], "byte " + i);
            }

            for (int s = 0; s < sectors; s++)
            {
                CollectionAssert.AreEqual(new ArraySegment<byte>(data, s * 512, 512).ToArray(), rig.Card.ReadSector(100 + s));
            }

            Assert.AreEqual(0, rig.Card.ProtocolViolations.Count, string.Join("; ", rig.Card.ProtocolViolations));
        }

        [TestMethod]
        [DataRow(1)]
        [DataRow(3)]
        [DataRow(4)]
        public void ResponsesThatArriveBitsLateAreRealigned(int shift)
        {
            SdRig rig = SdRig.Sdhc();
            rig.Card.ResponseShiftBits = shift;
            rig.Driver.Init();
            byte[] data = SdRig.Pattern(2, 9);
            byte[] back = new byte[1024];

            rig.Driver.WriteSectors(7, data, 0, 2);
            rig.Driver.ReadSectors(7, back, 0, 2);

            CollectionAssert.AreEqual(data, back);
        }

        [TestMethod]
        public void BitFlipsAtHighClockAreRefusedByTheCardWithCrcOn()
        {
            SdRig rig = SdRig.Sdhc();
            rig.Card.FlipBitsAboveHz = 10000000;
            rig.Driver.Init();

            SdCardException e = SdRig.Throws(() => rig.Driver.WriteSectors(42, SdRig.Pattern(1, 1), 0, 1));

            Assert.AreEqual("CMD24", e.Command);
            Assert.AreEqual(42L, e.Sector);
            Assert.AreEqual(0x0B, e.Answer);
            SdRig.Contains(e.Message, "data CRC error");
            CollectionAssert.AreEqual(new byte[512], rig.Card.ReadSector(42));
        }

        [TestMethod]
        public void BitFlipsOnReadAreCaughtByTheBlockCrc()
        {
            SdRig rig = SdRig.Sdhc();
            rig.Driver.Init();
            rig.Driver.WriteSectors(3, SdRig.Pattern(1, 1), 0, 1);
            rig.Card.FlipBitsAboveHz = 10000000;

            SdCardException e = SdRig.Throws(() => rig.Driver.ReadSectors(3, new byte[512], 0, 1));

            SdRig.Contains(e.Message, "CRC16");
            Assert.IsFalse(e.Unreadable);
        }

        [TestMethod]
        public void UnreadableSectorIsReportedAsSuchWithItsNumber()
        {
            SdRig rig = SdRig.Sdhc();
            rig.Driver.Init();
            rig.Card.MakeUnreadable(11);

            SdCardException e = SdRig.Throws(() => rig.Driver.ReadSectors(10, new byte[1536], 0, 3));

            Assert.IsTrue(e.Unreadable);
            Assert.AreEqual(11L, e.Sector);
            Assert.AreEqual("CMD18", e.Command);

            // The card is usable afterwards: the stream was stopped.
            rig.Driver.ReadSectors(10, new byte[512], 0, 1);
        }

        [TestMethod]
        public void GarbageAnswersToTheFirstResetsAreRetried()
        {
            SdRig rig = SdRig.Sdhc();
            rig.Card.GarbageResetAnswers = 4;

            rig.Driver.Init();

            Assert.IsTrue(rig.Driver.Initialized);
        }

        [TestMethod]
        public void CrcLeftOnByAnEarlierBootDoesNotMatter()
        {
            SdRig rig = SdRig.Sdhc(true);
            rig.Driver.Init();
            rig.Card.McuReset();
            rig.Crc = false;

            rig.NewDriver().Init();
            rig.Driver.WriteSectors(1, SdRig.Pattern(1, 2), 0, 1);

            Assert.IsFalse(rig.Card.CrcOn);
        }

        [TestMethod]
        public void ResetInsideAMultiBlockWriteIsRecoveredByTheNextInit()
        {
            SdRig rig = SdRig.Sdhc();
            rig.Driver.Init();
            // Start a CMD25 by hand and leave it open, as a reset in the middle of one does.
            byte[] frame = { 0x40 | 25, 0, 0, 0, 50, 0 };
            frame[5] = (byte)((Crc7(frame) << 1) | 1);
            rig.Card.Select();
            rig.Card.Exchange(frame, 0, null, 0, 6);
            rig.Card.Exchange(null, 0, null, 0, 4);
            rig.Card.Exchange(new byte[] { 0xFC }, 0, null, 0, 1);
            rig.Card.Exchange(new byte[514], 0, null, 0, 514);
            rig.Card.McuReset();

            rig.NewDriver().Init();
            rig.Driver.WriteSectors(51, SdRig.Pattern(1, 5), 0, 1);

            CollectionAssert.AreEqual(SdRig.Pattern(1, 5), rig.Card.ReadSector(51));
        }

        [TestMethod]
        public void SilentCardFailsInitInBoundedTime()
        {
            SdRig rig = SdRig.Sdhc();
            rig.Card.Silent = true;

            SdCardException e = SdRig.Throws(() => rig.Driver.Init());

            Assert.AreEqual("CMD0", e.Command);
            SdRig.Contains(e.Message, "no answer");
            Assert.IsTrue(rig.Clock.Microseconds < 2000000, rig.Clock.Microseconds + " us");
        }

        [TestMethod]
        public void MisoHeldLowFailsInitInBoundedTime()
        {
            SdRig rig = SdRig.Sdhc();
            rig.Card.MisoHeldLow = true;

            SdCardException e = SdRig.Throws(() => rig.Driver.Init());

            Assert.AreEqual("CMD0", e.Command);
            Assert.IsTrue(rig.Clock.Microseconds < 5000000, rig.Clock.Microseconds + " us");
        }

        [TestMethod]
        public void CardStuckBusyFailsTheWriteAtTheSpecTimeoutWithMargin()
        {
            SdRig rig = SdRig.Sdhc();
            rig.Driver.Init();
            rig.Card.StuckBusy = true;
            long start = rig.Clock.Microseconds;

            SdCardException e = SdRig.Throws(() => rig.Driver.WriteSectors(9, SdRig.Pattern(1, 1), 0, 1));

            long waited = rig.Clock.Microseconds - start;
            Assert.AreEqual("CMD24", e.Command);
            Assert.AreEqual(9L, e.Sector);
            SdRig.Contains(e.Message, "busy");
            Assert.IsTrue(waited >= 500000 && waited < 520000, waited + " us");
        }

        [TestMethod]
        public void DeadlineCutsAWaitShort()
        {
            SdRig rig = SdRig.Sdhc();
            rig.Driver.Init();
            rig.Card.StuckBusy = true;
            rig.Driver.DeadlineMicroseconds = rig.Time.NowMicroseconds + 5000;
            long start = rig.Clock.Microseconds;

            SdCardException e = SdRig.Throws(() => rig.Driver.WriteSectors(9, SdRig.Pattern(1, 1), 0, 1));

            SdRig.Contains(e.Message, "time budget");
            Assert.IsTrue(rig.Clock.Microseconds - start < 7000, (rig.Clock.Microseconds - start) + " us");
        }

        [TestMethod]
        public void SdhcCardIgnoredWithoutHcsIsAnInitTimeoutNotAHang()
        {
            // A v1-style card path is forced by a card that never finishes init: ACMD41 bounded at 1 s + margin.
            SdRig rig = SdRig.Sdhc();
            rig.Card.GarbageResetAnswers = 0;
            SdRig slow = new SdRig(SdCardModel.Sdhc(16384), true, new SdTimingModel { InitMicroseconds = 5000000 });

            SdCardException e = SdRig.Throws(() => slow.Driver.Init());

            Assert.AreEqual("ACMD41", e.Command);
            Assert.IsTrue(slow.Clock.Microseconds < 2200000, slow.Clock.Microseconds + " us");
        }

        [TestMethod]
        public void CommandCrc7MatchesTheSpecConstants()
        {
            Assert.AreEqual(0x95, (Crc7(new byte[] { 0x40, 0, 0, 0, 0, 0 }) << 1) | 1);
            Assert.AreEqual(0x87, (Crc7(new byte[] { 0x48, 0, 0, 1, 0xAA, 0 }) << 1) | 1);
            Assert.AreEqual(0x7FA1, (int)SdCrc.Crc16(FilledWith(0xFF, 512), 0, 512));
        }

        private static int Crc7(byte[] frame)
        {
            return SdCrc.Crc7(frame, 0, 5);
        }

        private static byte[] FilledWith(byte value, int count)
        {
            byte[] b = new byte[count];
            Array.Fill(b, value);
            return b;
        }
    }
}

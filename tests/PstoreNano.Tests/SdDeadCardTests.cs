using System;
using nanoFramework.TestFramework;
using PstoreNano.Drivers;
using PstoreNano.Drivers.Sd;

namespace PstoreNano.Tests
{
    /// <summary>
    /// The SD driver on the device runtime: a missing card (MISO pulled high) or a line held low ends
    /// initialisation with an exception naming CMD0 within a bounded time, never a hang.
    /// </summary>
    [TestClass]
    public class SdDeadCardTests
    {
        [TestMethod]
        public void MissingCardFailsInitNamingCmd0()
        {
            StepClock clock = new StepClock();
            SdCardException e = InitFails(new LevelBus(0xFF, clock), clock);

            Assert.AreEqual("CMD0", e.Command);
            Assert.AreEqual(-1, e.Answer);
            Assert.IsTrue(e.Message.IndexOf("no answer") >= 0, e.Message);
            Assert.IsTrue(clock.NowMicroseconds < 2000000, "took " + clock.NowMicroseconds + " us");
        }

        [TestMethod]
        public void MisoHeldLowFailsInitInBoundedTime()
        {
            StepClock clock = new StepClock();
            SdCardException e = InitFails(new LevelBus(0x00, clock), clock);

            Assert.AreEqual("CMD0", e.Command);
            Assert.AreEqual(0, e.Answer);
            Assert.IsTrue(clock.NowMicroseconds < 5000000, "took " + clock.NowMicroseconds + " us");
        }

        [TestMethod]
        public void TimeoutsAreTheSpecTimesTheMargin()
        {
            SdTimeouts t = new SdTimeouts(50);

            Assert.AreEqual(150000, t.ReadMicroseconds);
            Assert.AreEqual(375000, t.WriteMicroseconds(false));
            Assert.AreEqual(750000, t.WriteMicroseconds(true));
            Assert.AreEqual(1500000, t.InitMicroseconds);
        }

        private static SdCardException InitFails(ISpiCardBus bus, ITimeSource clock)
        {
            SpiSdCard card = new SpiSdCard(bus, clock, SdTimeouts.Default(), 20000000, true);
            try
            {
                card.Init();
            }
            catch (SdCardException e)
            {
                return e;
            }

            Assert.IsTrue(false, "Init succeeded on a dead bus");
            return null;
        }

        // Answers every byte with one level; each byte costs 20 us at the 400 kHz init clock.
        private sealed class LevelBus : ISpiCardBus
        {
            private readonly byte _level;
            private readonly StepClock _clock;

            public LevelBus(byte level, StepClock clock)
            {
                _level = level;
                _clock = clock;
            }

            public int ClockHz { get; private set; }

            public int MaxTransferBytes { get { return 1024; } }

            public void SetClock(int clockHz)
            {
                ClockHz = clockHz;
            }

            public void Select()
            {
            }

            public void Deselect()
            {
                _clock.Delay(20);
            }

            public void IdleClocks(int byteCount)
            {
                _clock.Delay(20 * byteCount);
            }

            public void Exchange(byte[] writeBuffer, int writeOffset, byte[] readBuffer, int readOffset, int count)
            {
                _clock.Delay(20 * count);
                if (readBuffer != null)
                {
                    for (int i = 0; i < count; i++)
                    {
                        readBuffer[readOffset + i] = _level;
                    }
                }
            }
        }

        private sealed class StepClock : ITimeSource
        {
            private long _now;

            public long NowMicroseconds { get { return _now; } }

            public void Delay(int microseconds)
            {
                _now += microseconds;
            }
        }
    }
}

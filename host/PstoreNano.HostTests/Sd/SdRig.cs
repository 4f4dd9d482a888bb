using System;
using nanoFramework.TestFramework;
using PstoreNano.Drivers.Sd;
using PstoreNano.Simulators;
using PstoreNano.Simulators.Sd;

namespace PstoreNano.HostTests.Sd
{
    /// <summary>A simulated card on a virtual clock and a driver over it.</summary>
    internal sealed class SdRig
    {
        public SdRig(SdCardModel model, bool crc, SdTimingModel timing = null)
        {
            Clock = new VirtualClock();
            Time = new VirtualTimeSource(Clock);
            Card = new SimulatedSdCard(model, Clock, timing ?? SdTimingModel.Typical(), 7);
            Crc = crc;
            Driver = NewDriver();
        }

        public VirtualClock Clock { get; }

        public VirtualTimeSource Time { get; }

        public SimulatedSdCard Card { get; }

        public bool Crc { get; set; }

        public SpiSdCard Driver { get; private set; }

        public static SdRig Sdhc(bool crc = true)
        {
            return new SdRig(SdCardModel.Sdhc(16384), crc);
        }

        public SpiSdCard NewDriver()
        {
            Driver = new SpiSdCard(Card, Time, SdTimeouts.Default(), 20000000, Crc);
            return Driver;
        }

        /// <summary>The SdCardException <paramref name="action"/> throws; fails if it throws none or another.</summary>
        public static SdCardException Throws(Action action)
        {
            try
            {
                action();
            }
            catch (SdCardException e)
            {
                return e;
            }

            Assert.IsTrue(false, "no SdCardException was thrown");
            return null;
        }

        public static void Contains(string text, string part)
        {
            Assert.IsTrue(text != null && text.Contains(part), "\"" + text + "\" does not contain \"" + part + "\"");
        }

        public static byte[] Pattern(int sectors, int seed)
        {
            byte[] data = new byte[sectors * 512];
            for (int i = 0; i < data.Length; i++)
            {
                data[i] = (byte)(i * 31 + seed * 7 + i / 512);
            }

            return data;
        }
    }
}

using nanoFramework.TestFramework;
using PstoreNano.Drivers.Nor;
using PstoreNano.Simulators;
using PstoreNano.Simulators.Nor;

namespace PstoreNano.HostTests.Nor
{
    /// <summary>A simulated chip on a virtual clock with the driver attached (initialized unless asked not to).</summary>
    public sealed class NorRig
    {
        public const int ClockHz = 20000000;

        private NorRig(NorChipModel model, NorTimingMode mode)
        {
            Clock = new VirtualClock();
            Chip = new SimulatedNorChip(model, Clock, ClockHz, mode);
            Time = new VirtualTimeSource(Clock);
            Flash = new SpiNorFlash(Chip, Time);
        }

        public VirtualClock Clock { get; private set; }

        public SimulatedNorChip Chip { get; private set; }

        public VirtualTimeSource Time { get; private set; }

        public SpiNorFlash Flash { get; private set; }

        public static NorRig Create(NorChipModel model)
        {
            return Create(model, NorTimingMode.Typical);
        }

        public static NorRig Create(NorChipModel model, NorTimingMode mode)
        {
            NorRig rig = new NorRig(model, mode);
            rig.Flash.Init();
            return rig;
        }

        public static NorRig CreateUninitialized(NorChipModel model)
        {
            return new NorRig(model, NorTimingMode.Typical);
        }

        /// <summary>Wire time in microseconds of <paramref name="bytes"/> bytes at the rig's clock.</summary>
        public static double WireMicroseconds(int bytes)
        {
            return bytes * 8.0 * 1000000.0 / ClockHz;
        }

        /// <summary>Fails with the violations listed when the chip saw any.</summary>
        public void AssertNoViolations()
        {
            Assert.AreEqual(0, Chip.ProtocolViolations.Count,
                Chip.ProtocolViolations.Count == 0 ? "" : string.Join("; ", Chip.ProtocolViolations));
        }

        public static byte[] Pattern(int count, int seed)
        {
            byte[] data = new byte[count];
            new System.Random(seed).NextBytes(data);
            return data;
        }
    }
}

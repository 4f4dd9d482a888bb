using PstoreNano.Simulators.Nor;

namespace PstoreNano.Tool
{
    /// <summary>What a simulated chip did between <see cref="Start"/> and now: operations, bytes and virtual time.</summary>
    public sealed class ChipMeter
    {
        private readonly SimulatedNorChip _chip;
        private long _ns;
        private long _programs;
        private long _erases;
        private long _programmed;
        private long _read;
        private long _readCommands;

        public ChipMeter(SimulatedNorChip chip)
        {
            _chip = chip;
            Start();
        }

        public void Start()
        {
            NorChipStatistics s = _chip.Statistics;
            _ns = _chip.Clock.Nanoseconds;
            _programs = s.PagePrograms;
            _erases = s.Erases;
            _programmed = s.BytesProgrammed;
            _read = s.BytesRead;
            _readCommands = s.ReadCommands;
        }

        public long Nanoseconds { get { return _chip.Clock.Nanoseconds - _ns; } }

        public long PagePrograms { get { return _chip.Statistics.PagePrograms - _programs; } }

        public long Erases { get { return _chip.Statistics.Erases - _erases; } }

        public long BytesProgrammed { get { return _chip.Statistics.BytesProgrammed - _programmed; } }

        public long BytesRead { get { return _chip.Statistics.BytesRead - _read; } }

        public long ReadCommands { get { return _chip.Statistics.ReadCommands - _readCommands; } }

        /// <summary>Microseconds with one decimal, or milliseconds for long times.</summary>
        public static string Time(double ns)
        {
            return ns >= 10000000 ? (ns / 1000000).ToString("F1") + " ms" : (ns / 1000).ToString("F1") + " us";
        }
    }
}

namespace PstoreNano.Drivers.Nor
{
    /// <summary>
    /// Datasheet program and erase times of one part, typical and maximum, in microseconds. The driver
    /// waits up to the maximum times a safety factor and polls at a fraction of the typical time.
    /// </summary>
    internal sealed class NorTiming
    {
        /// <summary>Creates a timing table (all values in microseconds).</summary>
        public NorTiming(int pageProgramTyp, int pageProgramMax, int sectorEraseTyp, int sectorEraseMax,
            int block32EraseTyp, int block32EraseMax, int block64EraseTyp, int block64EraseMax)
        {
            PageProgramTyp = pageProgramTyp;
            PageProgramMax = pageProgramMax;
            SectorEraseTyp = sectorEraseTyp;
            SectorEraseMax = sectorEraseMax;
            Block32EraseTyp = block32EraseTyp;
            Block32EraseMax = block32EraseMax;
            Block64EraseTyp = block64EraseTyp;
            Block64EraseMax = block64EraseMax;
        }

        /// <summary>Safety factor applied to datasheet maxima before a wait is declared timed out.</summary>
        public const int SafetyFactor = 2;

        /// <summary>Shortest timeout, so a coarse system clock cannot time out a healthy chip.</summary>
        public const int MinimumTimeout = 10000;

        /// <summary>tPP typical.</summary>
        public int PageProgramTyp { get; private set; }

        /// <summary>tPP maximum.</summary>
        public int PageProgramMax { get; private set; }

        /// <summary>tSE (4 KiB sector erase) typical.</summary>
        public int SectorEraseTyp { get; private set; }

        /// <summary>tSE maximum.</summary>
        public int SectorEraseMax { get; private set; }

        /// <summary>tBE1 (32 KiB block erase) typical.</summary>
        public int Block32EraseTyp { get; private set; }

        /// <summary>tBE1 maximum.</summary>
        public int Block32EraseMax { get; private set; }

        /// <summary>tBE2 (64 KiB block erase) typical.</summary>
        public int Block64EraseTyp { get; private set; }

        /// <summary>tBE2 maximum.</summary>
        public int Block64EraseMax { get; private set; }

        /// <summary>Timeout for a wait whose datasheet maximum is <paramref name="maximum"/>.</summary>
        public static int TimeoutFor(int maximum)
        {
            int timeout = maximum * SafetyFactor;
            return timeout < MinimumTimeout ? MinimumTimeout : timeout;
        }

        /// <summary>
        /// Polling interval for a page program: 1/64 of tPP typical, so the end of the program is seen
        /// within about 1.5% of its duration.
        /// </summary>
        public int ProgramPollInterval
        {
            get { return PageProgramTyp / 64 < 1 ? 1 : PageProgramTyp / 64; }
        }

        /// <summary>Polling interval for an erase whose typical time is <paramref name="typical"/>: 1/32 of it.</summary>
        public static int ErasePollInterval(int typical)
        {
            return typical / 32 < 1 ? 1 : typical / 32;
        }

        /// <summary>Typical erase time of an erase unit of <paramref name="size"/> bytes (4, 32 or 64 KiB).</summary>
        public int EraseTyp(int size)
        {
            if (size >= 65536)
            {
                return Block64EraseTyp;
            }

            return size >= 32768 ? Block32EraseTyp : SectorEraseTyp;
        }

        /// <summary>Maximum erase time of an erase unit of <paramref name="size"/> bytes (4, 32 or 64 KiB).</summary>
        public int EraseMax(int size)
        {
            if (size >= 65536)
            {
                return Block64EraseMax;
            }

            return size >= 32768 ? Block32EraseMax : SectorEraseMax;
        }
    }
}

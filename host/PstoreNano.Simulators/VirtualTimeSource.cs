using PstoreNano.Drivers;

namespace PstoreNano.Simulators
{
    /// <summary>
    /// The driver-facing side of a <see cref="VirtualClock"/>: reading the time is free and Delay advances
    /// the clock by exactly the requested time, so driver polling moves simulated time forward.
    /// </summary>
    public sealed class VirtualTimeSource : ITimeSource
    {
        private readonly VirtualClock _clock;

        /// <summary>Creates a time source over <paramref name="clock"/>.</summary>
        public VirtualTimeSource(VirtualClock clock)
        {
            _clock = clock;
        }

        /// <summary>The clock this source reads and advances.</summary>
        public VirtualClock Clock { get { return _clock; } }

        /// <summary>Number of Delay calls (polling iterations).</summary>
        public long Delays { get; private set; }

        /// <inheritdoc/>
        public long NowMicroseconds { get { return _clock.Microseconds; } }

        /// <inheritdoc/>
        public void Delay(int microseconds)
        {
            Delays++;
            _clock.Advance(microseconds * 1000L);
        }
    }
}

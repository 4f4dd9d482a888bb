namespace PstoreNano.Simulators
{
    /// <summary>
    /// Simulated time in nanoseconds, shared by the simulated chips (which advance it by wire time and
    /// by program and erase times) and by <see cref="VirtualTimeSource"/> (which advances it on Delay).
    /// </summary>
    public sealed class VirtualClock
    {
        /// <summary>Nanoseconds since the simulation started.</summary>
        public long Nanoseconds { get; private set; }

        /// <summary>Whole microseconds since the simulation started.</summary>
        public long Microseconds { get { return Nanoseconds / 1000; } }

        /// <summary>Moves time forward.</summary>
        public void Advance(long nanoseconds)
        {
            if (nanoseconds > 0)
            {
                Nanoseconds += nanoseconds;
            }
        }
    }
}

using System;

namespace PstoreNano.Engine
{
    /// <summary>
    /// DateTime.UtcNow as the wall clock. A board without an RTC or network time starts its clock at
    /// a fixed date in the past, so a time before 2021 counts as unknown.
    /// </summary>
    public sealed class SystemWallClock : IWallClock
    {
        private const long UnixEpochTicks = 621355968000000000; // 1970-01-01 in DateTime ticks
        private const long Year2021Seconds = 1609459200;

        /// <inheritdoc/>
        public bool TryGetUnixTime(out long seconds, out long nanoseconds)
        {
            long ticks = DateTime.UtcNow.Ticks - UnixEpochTicks;
            seconds = ticks / TimeSpan.TicksPerSecond;
            nanoseconds = (ticks % TimeSpan.TicksPerSecond) * 100;
            return seconds >= Year2021Seconds;
        }
    }
}

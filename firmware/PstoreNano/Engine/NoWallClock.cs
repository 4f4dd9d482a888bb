namespace PstoreNano.Engine
{
    /// <summary>A board without wall-clock time: dump times are synthesized (newest stored + 1).</summary>
    public sealed class NoWallClock : IWallClock
    {
        /// <inheritdoc/>
        public bool TryGetUnixTime(out long seconds, out long nanoseconds)
        {
            seconds = 0;
            nanoseconds = 0;
            return false;
        }
    }
}

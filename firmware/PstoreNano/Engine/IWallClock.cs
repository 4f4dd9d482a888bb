namespace PstoreNano.Engine
{
    /// <summary>Wall-clock time for dump records.</summary>
    public interface IWallClock
    {
        /// <summary>Gets the Unix time, or returns false when the board does not know it.</summary>
        bool TryGetUnixTime(out long seconds, out long nanoseconds);
    }
}

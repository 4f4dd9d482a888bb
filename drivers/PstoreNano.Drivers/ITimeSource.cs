namespace PstoreNano.Drivers
{
    /// <summary>
    /// A microsecond clock for drivers that wait on hardware (busy polling, power-up delays). The device
    /// uses the system clock; host tests use a virtual clock that the simulated chips advance.
    /// </summary>
    public interface ITimeSource
    {
        /// <summary>Microseconds since an arbitrary origin; never goes backwards.</summary>
        long NowMicroseconds { get; }

        /// <summary>Waits about <paramref name="microseconds"/>; may return sooner for short waits.</summary>
        void Delay(int microseconds);
    }
}

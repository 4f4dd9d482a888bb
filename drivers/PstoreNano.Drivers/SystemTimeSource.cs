using System;
using System.Threading;

namespace PstoreNano.Drivers
{
    /// <summary>
    /// The device clock: DateTime.UtcNow ticks for time, Thread.Sleep for waits of 1 ms or more. Shorter
    /// waits return at once, because the interpreter's own call overhead is already of that order and a
    /// Sleep(0)-style yield would make page-program polling slower than the chip.
    /// </summary>
    public sealed class SystemTimeSource : ITimeSource
    {
        /// <inheritdoc/>
        public long NowMicroseconds
        {
            get { return DateTime.UtcNow.Ticks / 10; }
        }

        /// <inheritdoc/>
        public void Delay(int microseconds)
        {
            if (microseconds >= 1000)
            {
                Thread.Sleep(microseconds / 1000);
            }
        }
    }
}

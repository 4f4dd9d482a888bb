using System;

namespace PstoreNano.HostTests.Support
{
    /// <summary>Measures heap bytes an action allocates on the calling thread.</summary>
    public static class HeapMeter
    {
        /// <summary>
        /// The least of <paramref name="rounds"/> measurements of <paramref name="action"/>: the host runtime now
        /// and then charges a few bytes of its own work (JIT tiering) to a thread, while an allocation the code
        /// makes shows in every round. The action runs once more first, to compile everything it calls.
        /// </summary>
        public static long LeastAllocated(Action action, int rounds = 5)
        {
            action();
            long least = long.MaxValue;
            for (int i = 0; i < rounds; i++)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                action();
                least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
            }

            return least;
        }
    }
}

using System.Threading;

namespace PstoreNano.Engine
{
    /// <summary>
    /// The engine's mutual exclusion, built on Interlocked because the nanoFramework Monitor has no
    /// TryEnter: normal callers wait as long as it takes, the panic path waits a bounded time and
    /// then takes over.
    /// </summary>
    internal sealed class EngineLock
    {
        private int _held;

        /// <summary>Waits until the lock is free and takes it.</summary>
        public void Enter()
        {
            while (Interlocked.CompareExchange(ref _held, 1, 0) != 0)
            {
                Thread.Sleep(1);
            }
        }

        /// <summary>
        /// Tries to take the lock for about <paramref name="milliseconds"/> ms; returns false if another
        /// thread still holds it (the caller then proceeds anyway, as the panic path must).
        /// </summary>
        public bool TryEnter(int milliseconds)
        {
            for (int waited = 0; ; waited++)
            {
                if (Interlocked.CompareExchange(ref _held, 1, 0) == 0)
                {
                    return true;
                }

                if (waited >= milliseconds)
                {
                    return false;
                }

                Thread.Sleep(1);
            }
        }

        /// <summary>Releases the lock.</summary>
        public void Exit()
        {
            Interlocked.Exchange(ref _held, 0);
        }
    }
}

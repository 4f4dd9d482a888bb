using System;
using System.Threading;

namespace PstoreNano.Engine
{
    /// <summary>
    /// The engine's mutual exclusion, built on Interlocked because the nanoFramework Monitor has no
    /// TryEnter: normal callers wait as long as it takes, the panic path waits a bounded time and
    /// then takes over. The lock knows the thread that holds it, so a thread that comes back into the
    /// engine while it holds the lock (a device or clock callback that logs or dumps) is refused at
    /// once instead of waiting on itself for ever.
    /// </summary>
    internal sealed class EngineLock
    {
        // Token of the holder (see Me), 0 when free.
        private int _owner;

        /// <summary>True when the calling thread holds the lock.</summary>
        public bool HeldByCurrentThread
        {
            get { return _owner == Me; }
        }

        /// <summary>
        /// Waits until the lock is free and takes it. Throws <see cref="InvalidOperationException"/> if the
        /// calling thread already holds it: it would otherwise wait for itself.
        /// </summary>
        public void Enter()
        {
            int me = Me;
            if (_owner == me)
            {
                throw new InvalidOperationException("pstore was called again from inside one of its own calls " +
                    "on the same thread (a device, clock or log callback); only Dump may be called there");
            }

            while (Interlocked.CompareExchange(ref _owner, me, 0) != 0)
            {
                Thread.Sleep(1);
            }
        }

        /// <summary>
        /// Tries to take the lock for about <paramref name="milliseconds"/> ms; returns false if another
        /// thread still holds it (the caller then proceeds anyway, as the panic path must), and at once if
        /// the calling thread holds it itself.
        /// </summary>
        public bool TryEnter(int milliseconds)
        {
            int me = Me;
            if (_owner == me)
            {
                return false;
            }

            for (int waited = 0; ; waited++)
            {
                if (Interlocked.CompareExchange(ref _owner, me, 0) == 0)
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

        /// <summary>
        /// A nonzero token of the calling thread. nanoFramework numbers its first thread 0 (.NET from 1), so
        /// the managed thread id is shifted by one to keep 0 for "free".
        /// </summary>
        internal static int Me
        {
            get { return Thread.CurrentThread.ManagedThreadId + 1; }
        }

        /// <summary>Releases the lock.</summary>
        public void Exit()
        {
            Interlocked.Exchange(ref _owner, 0);
        }
    }
}

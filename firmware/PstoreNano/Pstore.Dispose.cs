using System;

namespace PstoreNano
{
    /// <summary>The end of a store's life: flush, release the device, refuse later use.</summary>
    public sealed partial class Pstore
    {
        /// <summary>
        /// Writes buffered pmsg bytes to flash, then releases the device: disposes it when it implements
        /// <see cref="IDisposable"/> (the NOR stack then closes its SPI device, so the partition can be
        /// mounted again). Calling it again does nothing. Afterwards every method throws
        /// <see cref="ObjectDisposedException"/>; the properties still answer.
        /// </summary>
        public void Dispose()
        {
            // Under the lock: an operation in progress finishes before its device goes away.
            _lock.Enter();
            try
            {
                if (_disposed)
                {
                    return;
                }

                _disposed = true;
                try
                {
                    FlushLocked(false);
                }
                finally
                {
                    IDisposable owned = _device as IDisposable;
                    if (owned != null)
                    {
                        owned.Dispose();
                    }
                }
            }
            finally
            {
                _lock.Exit();
            }
        }

        // Takes the engine lock for an operation; checked under the lock so Dispose cannot slip in between.
        private void EnterLive()
        {
            _lock.Enter();
            if (_disposed)
            {
                _lock.Exit();
                throw Disposed();
            }
        }

        private void ThrowIfDisposed()
        {
            if (_disposed)
            {
                throw Disposed();
            }
        }

        // The (message, inner) overload says the same on both runtimes: nanoFramework's one-string
        // constructor takes a message, .NET's an object name.
        private static ObjectDisposedException Disposed()
        {
            return new ObjectDisposedException(
                "this Pstore was disposed and its device released; mount the partition again", (Exception)null);
        }
    }
}

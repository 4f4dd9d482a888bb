using System;
using PstoreNano.Drivers;

namespace PstoreNano.HostTests.Nor
{
    /// <summary>
    /// A disposable bus in front of a simulated chip, as SpiDeviceBus is in front of an SpiDevice: counts
    /// its disposals and refuses transfers afterwards, so any use of a released bus shows.
    /// </summary>
    internal sealed class OwnedBus : ISpiBus, IDisposable
    {
        private readonly ISpiBus _chip;

        public OwnedBus(ISpiBus chip)
        {
            _chip = chip;
        }

        public int Disposals { get; private set; }

        public int ClockHz { get { return _chip.ClockHz; } }

        public int MaxTransferBytes { get { return _chip.MaxTransferBytes; } }

        public void Transfer(byte[] writeBuffer, int writeOffset, int writeCount, byte[] readBuffer, int readOffset, int readCount)
        {
            if (Disposals > 0)
            {
                throw new ObjectDisposedException("bus");
            }

            _chip.Transfer(writeBuffer, writeOffset, writeCount, readBuffer, readOffset, readCount);
        }

        public void Dispose()
        {
            Disposals++;
        }
    }
}

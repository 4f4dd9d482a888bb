using System;
using System.Device.Spi;
using PstoreNano.Drivers;

namespace PstoreNano.Board
{
    /// <summary>
    /// <see cref="ISpiBus"/> over a nanoFramework <see cref="SpiDevice"/>. nanoFramework asserts chip select
    /// once per SpiDevice call and has no write-then-read call, so each <see cref="Transfer"/> is one
    /// full-duplex frame: the write bytes, then 0xFF filler clocked out while the read part comes in.
    /// Both frame buffers are allocated once here; a transfer allocates nothing.
    /// </summary>
    public sealed class SpiDeviceBus : ISpiBus, IDisposable
    {
        /// <summary>Largest frame (write plus read bytes) one transfer may move: 16 KiB.</summary>
        public const int MaxFrameBytes = 16 * 1024;

        private const byte Filler = 0xFF;

        private readonly SpiDevice _device;
        private readonly int _clockHz;
        private readonly byte[] _txFrame;
        private readonly byte[] _rxFrame;

        // Every _txFrame byte at or past this index is filler; only the prefix before it may hold old data.
        private int _txDirty;
        private bool _disposed;

        /// <summary>
        /// Wraps <paramref name="device"/>, which the bus owns once created (see <see cref="Dispose"/>).
        /// <paramref name="frameBytes"/> bounds write plus read bytes of one transfer (at most
        /// <see cref="MaxFrameBytes"/>).
        /// </summary>
        public SpiDeviceBus(SpiDevice device, int clockHz, int frameBytes)
        {
            if (device == null)
            {
                throw new ArgumentNullException(nameof(device));
            }

            if (clockHz <= 0)
            {
                throw new ArgumentOutOfRangeException("clockHz", "SPI clock must be positive, was " + clockHz + " Hz.");
            }

            if (frameBytes <= 0 || frameBytes > MaxFrameBytes)
            {
                throw new ArgumentOutOfRangeException("frameBytes",
                    "SPI frame buffer must be 1.." + MaxFrameBytes + " bytes, was " + frameBytes + ".");
            }

            _device = device;
            _clockHz = clockHz;
            _txFrame = new byte[frameBytes];
            _rxFrame = new byte[frameBytes];
            _txFrame[0] = Filler;
            FillWithFiller(0, frameBytes);
        }

        /// <inheritdoc />
        public int MaxTransferBytes
        {
            get { return _txFrame.Length; }
        }

        /// <inheritdoc />
        public int ClockHz
        {
            get { return _clockHz; }
        }

        /// <inheritdoc />
        public void Transfer(byte[] writeBuffer, int writeOffset, int writeCount, byte[] readBuffer, int readOffset, int readCount)
        {
            if (_disposed)
            {
                throw new ObjectDisposedException("the SPI device of this bus is closed", (Exception)null);
            }

            CheckRange(writeBuffer, writeOffset, writeCount, "write");
            CheckRange(readBuffer, readOffset, readCount, "read");

            int frame = writeCount + readCount;
            if (frame > _txFrame.Length)
            {
                throw new ArgumentException("SPI transfer of " + writeCount + " write + " + readCount +
                    " read bytes exceeds the " + _txFrame.Length + "-byte frame buffer (limit " + MaxFrameBytes + ").",
                    writeCount > _txFrame.Length ? nameof(writeCount) : nameof(readCount));
            }

            if (frame == 0)
            {
                return;
            }

            if (writeCount > 0)
            {
                Array.Copy(writeBuffer, writeOffset, _txFrame, 0, writeCount);
            }

            // Old write bytes inside the read part must become filler again; the chip sees them otherwise.
            int staleEnd = _txDirty < frame ? _txDirty : frame;
            if (readCount > 0 && staleEnd > writeCount)
            {
                _txFrame[writeCount] = Filler;
                FillWithFiller(writeCount, staleEnd);
                _txDirty = _txDirty > frame ? _txDirty : writeCount;
            }
            else if (writeCount > _txDirty)
            {
                _txDirty = writeCount;
            }

            _device.TransferFullDuplex(new SpanByte(_txFrame, 0, frame), new SpanByte(_rxFrame, 0, frame));

            if (readCount > 0)
            {
                Array.Copy(_rxFrame, writeCount, readBuffer, readOffset, readCount);
            }
        }

        /// <summary>Closes the SPI device, once; later calls do nothing, and a transfer then throws.</summary>
        public void Dispose()
        {
            if (!_disposed)
            {
                _disposed = true;
                _device.Dispose();
            }
        }

        // Fills _txFrame[start, end) with filler, given _txFrame[start] already holds it: doubling copies,
        // so a 16 KiB fill costs 14 Array.Copy calls instead of 16384 interpreted stores.
        private void FillWithFiller(int start, int end)
        {
            int done = 1;
            while (start + done < end)
            {
                int chunk = done < end - start - done ? done : end - start - done;
                Array.Copy(_txFrame, start, _txFrame, start + done, chunk);
                done += chunk;
            }
        }

        private static void CheckRange(byte[] buffer, int offset, int count, string part)
        {
            if (count < 0 || offset < 0)
            {
                throw new ArgumentOutOfRangeException(part + (offset < 0 ? "Offset" : "Count"), "SPI " + part + " offset " +
                    offset + " and count " + count + " must not be negative.");
            }

            if (count == 0)
            {
                return;
            }

            if (buffer == null)
            {
                throw new ArgumentNullException(part + "Buffer", "SPI " + part + " of " + count + " bytes has no buffer.");
            }

            if (offset > buffer.Length - count)
            {
                throw new ArgumentOutOfRangeException(part + (offset > buffer.Length ? "Offset" : "Count"), "SPI " + part +
                    " of " + count + " bytes at offset " + offset + " runs past the " + buffer.Length + "-byte buffer.");
            }
        }
    }
}

using System;
using System.Device.Gpio;
using System.Device.Spi;
using PstoreNano.Drivers;

namespace PstoreNano.Board
{
    /// <summary>
    /// <see cref="ISpiCardBus"/> over a nanoFramework <see cref="SpiDevice"/> opened without chip select
    /// (<c>ChipSelectLine = -1</c>) and a GPIO that this bus drives as the card's chip select. Idle clocks
    /// and the filler of reads come from one 0xFF buffer, discarded input goes to one scratch buffer; both
    /// are allocated here, so no call allocates except <see cref="SetClock"/>, which reopens the device
    /// because nanoFramework fixes the clock per device.
    /// </summary>
    public sealed class SpiCardBus : ISpiCardBus, IDisposable
    {
        /// <summary>Largest exchange: 16 KiB, the ESP32's SPI DMA limit.</summary>
        public const int MaxFrameBytes = 16 * 1024;

        private readonly SpiConnectionSettings _settings;
        private readonly GpioController _gpio;
        private readonly GpioPin _chipSelect;
        private readonly byte[] _filler;
        private readonly byte[] _discard;
        private SpiDevice _device;
        private bool _disposed;

        /// <summary>
        /// Opens bus <paramref name="busId"/> at <paramref name="clockHz"/> in mode 0 and GPIO
        /// <paramref name="chipSelectPin"/> as an output held high. <paramref name="frameBytes"/> bounds one
        /// exchange (at most <see cref="MaxFrameBytes"/>). The bus owns the device and the pin.
        /// </summary>
        public SpiCardBus(int busId, int chipSelectPin, int clockHz, int frameBytes)
        {
            if (clockHz <= 0)
            {
                throw new ArgumentOutOfRangeException("clockHz", "SPI clock must be positive, was " + clockHz + " Hz.");
            }

            if (frameBytes <= 0 || frameBytes > MaxFrameBytes)
            {
                throw new ArgumentOutOfRangeException("frameBytes",
                    "SPI frame buffer must be 1.." + MaxFrameBytes + " bytes, was " + frameBytes + ".");
            }

            if (chipSelectPin < 0)
            {
                throw new ArgumentOutOfRangeException("chipSelectPin", "the card's chip select needs a GPIO, was " + chipSelectPin + ".");
            }

            _filler = new byte[frameBytes];
            _filler[0] = 0xFF;
            for (int done = 1; done < frameBytes; done *= 2)
            {
                Array.Copy(_filler, 0, _filler, done, done < frameBytes - done ? done : frameBytes - done);
            }

            _discard = new byte[frameBytes];
            _settings = new SpiConnectionSettings(busId, -1);
            _settings.Mode = SpiMode.Mode0;
            _settings.DataBitLength = 8;
            _settings.ClockFrequency = clockHz;

            _gpio = new GpioController();
            try
            {
                _chipSelect = _gpio.OpenPin(chipSelectPin, PinMode.Output);
                _chipSelect.Write(PinValue.High);
                _device = SpiDevice.Create(_settings);
            }
            catch (Exception)
            {
                _gpio.Dispose();
                throw;
            }
        }

        /// <inheritdoc />
        public int ClockHz
        {
            get { return _settings.ClockFrequency; }
        }

        /// <inheritdoc />
        public int MaxTransferBytes
        {
            get { return _filler.Length; }
        }

        /// <inheritdoc />
        public void SetClock(int clockHz)
        {
            CheckOpen();
            if (clockHz <= 0)
            {
                throw new ArgumentOutOfRangeException("clockHz", "SPI clock must be positive, was " + clockHz + " Hz.");
            }

            if (clockHz == _settings.ClockFrequency)
            {
                return;
            }

            _device.Dispose();
            _settings.ClockFrequency = clockHz;
            _device = SpiDevice.Create(_settings);
        }

        /// <inheritdoc />
        public void Select()
        {
            CheckOpen();
            _chipSelect.Write(PinValue.Low);
        }

        /// <inheritdoc />
        public void Deselect()
        {
            CheckOpen();
            _chipSelect.Write(PinValue.High);
            _device.TransferFullDuplex(new SpanByte(_filler, 0, 1), new SpanByte(_discard, 0, 1));
        }

        /// <inheritdoc />
        public void IdleClocks(int byteCount)
        {
            CheckOpen();
            _chipSelect.Write(PinValue.High);
            while (byteCount > 0)
            {
                int n = byteCount < _filler.Length ? byteCount : _filler.Length;
                _device.TransferFullDuplex(new SpanByte(_filler, 0, n), new SpanByte(_discard, 0, n));
                byteCount -= n;
            }
        }

        /// <inheritdoc />
        public void Exchange(byte[] writeBuffer, int writeOffset, byte[] readBuffer, int readOffset, int count)
        {
            CheckOpen();
            if (count < 0 || count > _filler.Length)
            {
                throw new ArgumentOutOfRangeException("count", "SPI exchange of " + count + " bytes; the frame limit is " +
                    _filler.Length + ".");
            }

            if (count == 0)
            {
                return;
            }

            byte[] tx = writeBuffer == null ? _filler : writeBuffer;
            int txOffset = writeBuffer == null ? 0 : writeOffset;
            byte[] rx = readBuffer == null ? _discard : readBuffer;
            int rxOffset = readBuffer == null ? 0 : readOffset;
            if (txOffset < 0 || txOffset > tx.Length - count || rxOffset < 0 || rxOffset > rx.Length - count)
            {
                throw new ArgumentOutOfRangeException(txOffset < 0 || txOffset > tx.Length - count ? "writeOffset" : "readOffset",
                    "SPI exchange of " + count + " bytes runs past a buffer (write offset " + writeOffset + ", read offset " +
                    readOffset + ").");
            }

            _device.TransferFullDuplex(new SpanByte(tx, txOffset, count), new SpanByte(rx, rxOffset, count));
        }

        /// <summary>Raises chip select and closes the device and the pin, once; later calls do nothing.</summary>
        public void Dispose()
        {
            if (!_disposed)
            {
                _disposed = true;
                _chipSelect.Write(PinValue.High);
                _device.Dispose();
                _chipSelect.Dispose();
                _gpio.Dispose();
            }
        }

        private void CheckOpen()
        {
            if (_disposed)
            {
                throw new ObjectDisposedException("the SPI device of this card bus is closed", (Exception)null);
            }
        }
    }
}

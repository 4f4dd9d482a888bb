// Compile-only facade: the System.Device.Spi 1.x members the board glue uses (package
// nanoFramework.System.Device.Spi 1.3.89). SpanByte is mscorlib's System.SpanByte.
using System;

namespace System.Device.Spi
{
    /// <summary>A device on an SPI bus.</summary>
    public class SpiDevice : IDisposable
    {
        /// <summary>Opens the device described by the settings.</summary>
        public SpiDevice(SpiConnectionSettings settings)
        {
        }

        /// <summary>The settings the device was opened with.</summary>
        public SpiConnectionSettings ConnectionSettings { get { throw null; } }

        /// <summary>Opens the device described by the settings.</summary>
        public static SpiDevice Create(SpiConnectionSettings settings) { throw null; }

        /// <summary>Reads one byte.</summary>
        public byte ReadByte() { throw null; }

        /// <summary>Writes one byte.</summary>
        public void WriteByte(byte value) { }

        /// <summary>Reads buffer.Length bytes in one chip-select frame.</summary>
        public void Read(SpanByte buffer) { }

        /// <summary>Writes the buffer in one chip-select frame.</summary>
        public void Write(SpanByte buffer) { }

        /// <summary>Writes and reads at the same time in one chip-select frame.</summary>
        public void TransferFullDuplex(SpanByte writeBuffer, SpanByte readBuffer) { }

        /// <summary>Releases the device.</summary>
        public virtual void Dispose() { }
    }
}

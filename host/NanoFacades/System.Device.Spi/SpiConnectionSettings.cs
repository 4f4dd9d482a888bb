// Compile-only facade: System.Device.Spi 1.x connection settings (nanoFramework.System.Device.Spi 1.3.89).
namespace System.Device.Spi
{
    /// <summary>How a device on an SPI bus is reached.</summary>
    public sealed class SpiConnectionSettings
    {
        /// <summary>Settings for the device on bus <paramref name="busId"/> selected by GPIO <paramref name="chipSelectLine"/> (-1: none).</summary>
        public SpiConnectionSettings(int busId, int chipSelectLine = -1)
        {
        }

        /// <summary>Bus number (1 or 2 on ESP32).</summary>
        public int BusId { get { throw null; } set { } }

        /// <summary>GPIO of the chip select.</summary>
        public int ChipSelectLine { get { throw null; } set { } }

        /// <summary>Clock polarity and phase.</summary>
        public SpiMode Mode { get { throw null; } set { } }

        /// <summary>Bits per data word.</summary>
        public int DataBitLength { get { throw null; } set { } }

        /// <summary>Clock in Hz.</summary>
        public int ClockFrequency { get { throw null; } set { } }

        /// <summary>Bit order on the wire.</summary>
        public DataFlow DataFlow { get { throw null; } set { } }
    }

    /// <summary>Clock polarity and phase.</summary>
    public enum SpiMode
    {
        /// <summary>CPOL 0, CPHA 0.</summary>
        Mode0,

        /// <summary>CPOL 0, CPHA 1.</summary>
        Mode1,

        /// <summary>CPOL 1, CPHA 0.</summary>
        Mode2,

        /// <summary>CPOL 1, CPHA 1.</summary>
        Mode3
    }

    /// <summary>Bit order on the wire.</summary>
    public enum DataFlow
    {
        /// <summary>Most significant bit first.</summary>
        MsbFirst,

        /// <summary>Least significant bit first.</summary>
        LsbFirst
    }
}

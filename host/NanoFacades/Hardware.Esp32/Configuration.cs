// Compile-only facade: nanoFramework.Hardware.Esp32 1.6.42 pin routing, SPI functions only.
namespace nanoFramework.Hardware.Esp32
{
    /// <summary>Routes ESP32 peripheral signals to GPIO pins.</summary>
    public class Configuration
    {
        /// <summary>Routes <paramref name="value"/> to GPIO <paramref name="pin"/>.</summary>
        public static void SetPinFunction(int pin, DeviceFunction value) { }

        /// <summary>The GPIO a function is routed to, or -1.</summary>
        public static int GetFunctionPin(DeviceFunction function) { throw null; }
    }

    /// <summary>Peripheral signals; values as in the package (device type 0x10000 × type + 0x100 × index + signal).</summary>
    public enum DeviceFunction
    {
        /// <summary>SPI1 MOSI.</summary>
        SPI1_MOSI = 0x10100,

        /// <summary>SPI1 MISO.</summary>
        SPI1_MISO = 0x10101,

        /// <summary>SPI1 clock.</summary>
        SPI1_CLOCK = 0x10102,

        /// <summary>SPI2 MOSI.</summary>
        SPI2_MOSI = 0x10200,

        /// <summary>SPI2 MISO.</summary>
        SPI2_MISO = 0x10201,

        /// <summary>SPI2 clock.</summary>
        SPI2_CLOCK = 0x10202
    }
}

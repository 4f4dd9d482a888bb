using System;
using System.Device.Spi;
using nanoFramework.Hardware.Esp32;
using PstoreNano.Config;

namespace PstoreNano.Board
{
    /// <summary>
    /// ESP32 wiring of the storage chip, from <see cref="PstoreConfig"/> (CONFIG_PSTORENANO_SPI_* in nf.config):
    /// routes the bus signals to their GPIOs and opens the chip's SPI device in mode 0.
    /// </summary>
    public static class BoardPins
    {
        /// <summary>Routes MOSI, MISO and clock of the configured bus and opens the device on its chip select.</summary>
        public static SpiDevice OpenSpiDevice(PstoreConfig config)
        {
            if (config == null)
            {
                throw new ArgumentNullException(nameof(config));
            }

            RouteSpiPins(config);

            SpiConnectionSettings settings = new SpiConnectionSettings(config.SpiBus, config.ChipSelectPin);
            settings.ClockFrequency = config.SpiClockHz;
            settings.Mode = SpiMode.Mode0;
            settings.DataBitLength = 8;
            return SpiDevice.Create(settings);
        }

        /// <summary>
        /// Opens the configured device as an <see cref="SpiDeviceBus"/> with frames of up to
        /// <paramref name="frameBytes"/>; the bus owns the device. If the bus cannot be made (a bad clock
        /// or frame size), the device is closed again before the exception propagates.
        /// </summary>
        public static SpiDeviceBus OpenSpiBus(PstoreConfig config, int frameBytes)
        {
            SpiDevice device = OpenSpiDevice(config);
            try
            {
                return new SpiDeviceBus(device, config.SpiClockHz, frameBytes);
            }
            catch (Exception)
            {
                device.Dispose();
                throw;
            }
        }

        /// <summary>Routes MOSI, MISO and clock of the configured bus to their GPIOs.</summary>
        internal static void RouteSpiPins(PstoreConfig config)
        {
            if (config.SpiBus == 1)
            {
                Configuration.SetPinFunction(config.SpiMosiPin, DeviceFunction.SPI1_MOSI);
                Configuration.SetPinFunction(config.SpiMisoPin, DeviceFunction.SPI1_MISO);
                Configuration.SetPinFunction(config.SpiClockPin, DeviceFunction.SPI1_CLOCK);
            }
            else if (config.SpiBus == 2)
            {
                Configuration.SetPinFunction(config.SpiMosiPin, DeviceFunction.SPI2_MOSI);
                Configuration.SetPinFunction(config.SpiMisoPin, DeviceFunction.SPI2_MISO);
                Configuration.SetPinFunction(config.SpiClockPin, DeviceFunction.SPI2_CLOCK);
            }
            else
            {
                throw new PstoreConfigException(PstoreConfig.SpiBusKey,
                    "bus " + config.SpiBus + " does not exist; the ESP32 has SPI buses 1 and 2.");
            }
        }
    }
}

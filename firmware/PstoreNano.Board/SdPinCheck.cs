using PstoreNano.Config;

namespace PstoreNano.Board
{
    /// <summary>
    /// Checks the SD module's wiring in the configuration against the ESP32's GPIOs before any pin is
    /// touched: every pin exists, none is one of the GPIOs 6-11 wired to the module's own flash, the outputs
    /// (MOSI, clock, chip select) are not on the input-only GPIOs 34-39, and no pin is used twice.
    /// </summary>
    public static class SdPinCheck
    {
        /// <summary>Throws <see cref="PstoreConfigException"/> naming the first key whose pin cannot serve.</summary>
        public static void Validate(PstoreConfig config)
        {
            CheckPin(PstoreConfig.SpiMosiKey, config.SpiMosiPin, true);
            CheckPin(PstoreConfig.SpiMisoKey, config.SpiMisoPin, false);
            CheckPin(PstoreConfig.SpiClockPinKey, config.SpiClockPin, true);
            CheckPin(PstoreConfig.ChipSelectKey, config.ChipSelectPin, true);
            int[] pins = { config.SpiMosiPin, config.SpiMisoPin, config.SpiClockPin, config.ChipSelectPin };
            string[] keys = { PstoreConfig.SpiMosiKey, PstoreConfig.SpiMisoKey, PstoreConfig.SpiClockPinKey, PstoreConfig.ChipSelectKey };
            for (int i = 0; i < pins.Length; i++)
            {
                for (int j = 0; j < i; j++)
                {
                    if (pins[i] == pins[j])
                    {
                        throw new PstoreConfigException(keys[i], "GPIO " + pins[i] + " is already " + keys[j]);
                    }
                }
            }
        }

        private static void CheckPin(string key, int pin, bool output)
        {
            if (pin < 0 || pin > 39 || pin == 20 || pin == 24 || (pin >= 28 && pin <= 31))
            {
                throw new PstoreConfigException(key, "GPIO " + pin + " does not exist on the ESP32");
            }

            if (pin >= 6 && pin <= 11)
            {
                throw new PstoreConfigException(key, "GPIO " + pin + " is wired to the module's own SPI flash");
            }

            if (output && pin >= 34)
            {
                throw new PstoreConfigException(key, "GPIO " + pin + " is input-only and cannot drive the SD card");
            }
        }
    }
}

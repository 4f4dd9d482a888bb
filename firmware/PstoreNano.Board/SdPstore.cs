using System;
using PstoreNano.Config;
using PstoreNano.Drivers;
using PstoreNano.Drivers.Sd;

namespace PstoreNano.Board
{
    /// <summary>
    /// Brings up pstore on an SD module in SPI mode from the configuration (<c>CONFIG_PSTORENANO_BACKEND=sd</c>):
    /// checks and routes the pins, opens the bus with a GPIO chip select, initialises the card at 400 kHz,
    /// raises the clock to the configured one (at most 25 MHz), finds the region and mounts it. CRC is on.
    /// </summary>
    public static class SdPstore
    {
        /// <summary>Largest exchange of the card bus: one sector with its token and CRC fits many times.</summary>
        public const int FrameBytes = 1024;

        /// <summary>
        /// Mounts the SD region <paramref name="config"/> names, with <paramref name="panicBudgetMilliseconds"/>
        /// for a panic dump (see docs/FORMAT.md, "SD cards"). The store owns the bus; a failed mount closes it.
        /// </summary>
        public static Pstore Mount(PstoreConfig config, int panicBudgetMilliseconds)
        {
            if (config == null)
            {
                throw new ArgumentNullException(nameof(config));
            }

            if (config.Backend != StorageBackend.Sd)
            {
                throw new PstoreConfigException(PstoreConfig.BackendKey, "is not sd; this board glue drives an SD card");
            }

            SdPinCheck.Validate(config);
            BoardPins.RouteSpiPins(config);
            int clock = config.SpiClockHz < SpiSdCard.MaxDataClockHz ? config.SpiClockHz : SpiSdCard.MaxDataClockHz;
            SpiCardBus bus = new SpiCardBus(config.SpiBus, config.ChipSelectPin, SpiSdCard.InitClockHz, FrameBytes);
            return SpiSdPstore.Mount(bus, new SystemTimeSource(), config, clock, true, panicBudgetMilliseconds);
        }

        /// <summary>Mounts with the panic budget of the configuration (<see cref="PstoreConfig.SdPanicBudgetMilliseconds"/>).</summary>
        public static Pstore Mount(PstoreConfig config)
        {
            if (config == null)
            {
                throw new ArgumentNullException(nameof(config));
            }

            return Mount(config, config.SdPanicBudgetMilliseconds);
        }
    }
}

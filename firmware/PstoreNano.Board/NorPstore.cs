using PstoreNano.Config;
using PstoreNano.Drivers;
using PstoreNano.Drivers.Nor;

namespace PstoreNano.Board
{
    /// <summary>
    /// Brings up pstore on the board's SPI NOR chip from the configuration: routes the pins, opens the
    /// SPI device, identifies the chip, and mounts the partition (which recovers the last boots' records).
    /// </summary>
    public static class NorPstore
    {
        /// <summary>Largest SPI frame: a page program (4-byte address) or a 4 KiB read in one transfer.</summary>
        public const int FrameBytes = 4096 + 8;

        /// <summary>Mounts the NOR partition that <paramref name="config"/> describes.</summary>
        public static Pstore Mount(PstoreConfig config)
        {
            if (config.Backend != StorageBackend.Nor)
            {
                throw new PstoreConfigException(PstoreConfig.BackendKey, "is not nor; this board glue drives SPI NOR");
            }

            SpiDeviceBus bus = BoardPins.OpenSpiBus(config, FrameBytes);
            SpiNorFlash flash = new SpiNorFlash(bus, new SystemTimeSource());
            flash.Init();
            int size = config.PartitionSize > 0 ? config.PartitionSize : flash.Capacity - config.PartitionOffset;
            NorZoneDevice device = new NorZoneDevice(flash, config.PartitionOffset, size);
            return Pstore.Mount(device, config);
        }
    }
}

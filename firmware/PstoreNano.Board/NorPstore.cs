using System;
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

        /// <summary>
        /// Mounts the NOR partition that <paramref name="config"/> describes. The returned store owns the
        /// SPI device: <see cref="Pstore.Dispose"/> closes it. When the mount fails (no chip, say) the SPI
        /// device is closed before the exception propagates, so a later Mount can open it again.
        /// </summary>
        public static Pstore Mount(PstoreConfig config)
        {
            if (config == null)
            {
                throw new ArgumentNullException(nameof(config));
            }

            if (config.Backend != StorageBackend.Nor)
            {
                throw new PstoreConfigException(PstoreConfig.BackendKey, "is not nor; this board glue drives SPI NOR");
            }

            return SpiNorPstore.Mount(BoardPins.OpenSpiBus(config, FrameBytes), new SystemTimeSource(), config);
        }
    }
}

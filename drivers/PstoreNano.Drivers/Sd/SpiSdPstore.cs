using System;
using PstoreNano.Config;

namespace PstoreNano.Drivers.Sd
{
    /// <summary>
    /// Brings up pstore on the SD card behind a bus, on any board: initialises the card, finds the region
    /// (MBR partition <see cref="PstoreConfig.SdMbrPartition"/>, or the byte range
    /// <see cref="PstoreConfig.PartitionOffset"/> + <see cref="PstoreConfig.PartitionSize"/>), and mounts it,
    /// which recovers the last boots' records.
    /// </summary>
    public static class SpiSdPstore
    {
        /// <summary>
        /// Mounts the region <paramref name="config"/> names on the card behind <paramref name="bus"/>, with the
        /// data clock <paramref name="dataClockHz"/>, CRC as <paramref name="crc"/> says and a panic budget of
        /// <paramref name="panicBudgetMilliseconds"/>. The store owns the bus (disposing the store disposes it
        /// when it is <see cref="IDisposable"/>); on any failure the bus is disposed before the exception propagates.
        /// </summary>
        public static Pstore Mount(ISpiCardBus bus, ITimeSource time, PstoreConfig config, int dataClockHz, bool crc,
            int panicBudgetMilliseconds)
        {
            if (bus == null)
            {
                throw new ArgumentNullException(nameof(bus));
            }

            try
            {
                if (config == null)
                {
                    throw new ArgumentNullException(nameof(config));
                }

                SpiSdCard card = new SpiSdCard(bus, time, SdTimeouts.Default(), dataClockHz, crc);
                card.Init();
                SdZoneDevice device = Open(card, time, config);
                device.PanicBudgetMilliseconds = panicBudgetMilliseconds;
                return Pstore.Mount(device, config);
            }
            catch (Exception)
            {
                IDisposable owned = bus as IDisposable;
                if (owned != null)
                {
                    owned.Dispose();
                }

                throw;
            }
        }

        /// <summary>
        /// The zone device of the region <paramref name="config"/> names, on an initialised card, with the panic
        /// budget <see cref="PstoreConfig.SdPanicBudgetMilliseconds"/> (when set).
        /// </summary>
        public static SdZoneDevice Open(SpiSdCard card, ITimeSource time, PstoreConfig config)
        {
            if (card == null)
            {
                throw new ArgumentNullException(nameof(card));
            }

            if (config == null)
            {
                throw new ArgumentNullException(nameof(config));
            }

            SdRegion region;
            if (config.SdMbrPartition > 0)
            {
                region = MbrPartitionTable.FindByNumber(card, new byte[SpiSdCard.SectorSize], config.SdMbrPartition);
            }
            else
            {
                if (config.PartitionOffset % SpiSdCard.SectorSize != 0)
                {
                    throw new PstoreConfigException(PstoreConfig.PartitionOffsetKey, "must be a multiple of the 512-byte SD sector");
                }

                long first = config.PartitionOffset / SpiSdCard.SectorSize;
                long count = config.PartitionSize > 0 ? config.PartitionSize / SpiSdCard.SectorSize : card.SectorCount - first;
                region = MbrPartitionTable.Explicit(card, first, count);
            }

            if (config.PartitionSize > region.SectorCount * SpiSdCard.SectorSize)
            {
                throw new PstoreConfigException(PstoreConfig.PartitionSizeKey, "is larger than " + region.Source + " (" +
                    region.SectorCount * SpiSdCard.SectorSize / 1024 + " KiB)");
            }

            SdZoneDevice device = new SdZoneDevice(card, time, region, config.PartitionSize, SdZoneDevice.DefaultSegmentSize);
            if (config.SdPanicBudgetMilliseconds > 0)
            {
                device.PanicBudgetMilliseconds = config.SdPanicBudgetMilliseconds;
            }

            return device;
        }
    }
}

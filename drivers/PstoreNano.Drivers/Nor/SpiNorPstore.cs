using System;
using PstoreNano.Config;

namespace PstoreNano.Drivers.Nor
{
    /// <summary>
    /// Brings up pstore on the SPI NOR chip behind a bus, on any board: identifies the chip, cuts the
    /// partition that the configuration names, and mounts it (which recovers the last boots' records).
    /// </summary>
    public static class SpiNorPstore
    {
        /// <summary>
        /// Mounts the partition of <paramref name="config"/> (<see cref="PstoreConfig.PartitionOffset"/>, and
        /// <see cref="PstoreConfig.PartitionSize"/> or, when 0, the rest of the chip) on the chip behind
        /// <paramref name="bus"/>. The returned store owns the bus: disposing the store disposes the bus
        /// when it implements <see cref="IDisposable"/>. On any failure (no chip, an unknown part, a
        /// partition that does not fit, a device error during recovery) the bus is disposed before the
        /// exception propagates, so the caller can open it again and retry.
        /// </summary>
        public static Pstore Mount(ISpiBus bus, ITimeSource time, PstoreConfig config)
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

                SpiNorFlash flash = new SpiNorFlash(bus, time);
                flash.Init();
                int size = config.PartitionSize > 0 ? config.PartitionSize : flash.Capacity - config.PartitionOffset;
                return Pstore.Mount(new NorZoneDevice(flash, config.PartitionOffset, size), config);
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
    }
}

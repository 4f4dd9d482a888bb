namespace PstoreNano.Config
{
    /// <summary>
    /// Where each zone lies in the partition: <c>[pmsg][dmesg 0]…[dmesg N-1]</c>, as Linux's
    /// psz_alloc_zones lays them out (a leftover smaller than a dmesg zone is unused). Creating a
    /// layout validates the configuration against the device and names the key of any bad value.
    /// </summary>
    public sealed class ZoneLayout
    {
        /// <summary>Largest RAM ring or write-back buffer accepted (an ESP32 heap is about 100 KiB).</summary>
        public const int MaxRamBuffer = 65536;

        private ZoneLayout()
        {
        }

        /// <summary>Partition size in bytes.</summary>
        public int TotalSize { get; private set; }

        /// <summary>Offset of the pmsg ring (always 0).</summary>
        public int PmsgOffset { get; private set; }

        /// <summary>Size of the pmsg ring; 0 if disabled.</summary>
        public int PmsgSize { get; private set; }

        /// <summary>Offset of dmesg zone 0.</summary>
        public int DmesgOffset { get; private set; }

        /// <summary>Size of one dmesg zone; 0 if disabled.</summary>
        public int DmesgZoneSize { get; private set; }

        /// <summary>Number of dmesg zones.</summary>
        public int DmesgZoneCount { get; private set; }

        /// <summary>Bytes at the end of the partition that no zone uses.</summary>
        public int UnusedSize { get; private set; }

        /// <summary>Offset of dmesg zone <paramref name="index"/>.</summary>
        public int DmesgZoneOffset(int index)
        {
            return DmesgOffset + index * DmesgZoneSize;
        }

        /// <summary>
        /// Validates <paramref name="config"/> for a partition of <paramref name="totalSize"/> bytes
        /// erased in units of <paramref name="eraseSize"/> and computes the layout.
        /// </summary>
        internal static ZoneLayout Create(PstoreConfig config, int totalSize, int eraseSize)
        {
            if (totalSize <= 0 || totalSize % 4096 != 0)
            {
                throw new PstoreConfigException(PstoreConfig.PartitionSizeKey,
                    "partition size must be a positive multiple of 4 KiB, found " + totalSize + " bytes");
            }

            CheckSize(PstoreConfig.KmsgSizeKey, config.KmsgSize, eraseSize);
            CheckSize(PstoreConfig.PmsgSizeKey, config.PmsgSize, eraseSize);
            if (config.KmsgSize == 0 && config.PmsgSize == 0)
            {
                throw new PstoreConfigException(PstoreConfig.KmsgSizeKey,
                    "at least one of " + PstoreConfig.KmsgSizeKey + " and " + PstoreConfig.PmsgSizeKey + " must be non-zero");
            }

            if (config.PmsgSize > 0 && config.PmsgSize < 2 * eraseSize)
            {
                throw new PstoreConfigException(PstoreConfig.PmsgSizeKey,
                    "the pmsg ring needs at least two erase units (" + (2 * eraseSize / 1024) + " KiB), found " +
                    (config.PmsgSize / 1024) + " KiB");
            }

            if (config.PmsgSize > totalSize)
            {
                throw new PstoreConfigException(PstoreConfig.PmsgSizeKey,
                    (config.PmsgSize / 1024) + " KiB does not fit the " + (totalSize / 1024) + " KiB partition");
            }

            if (config.KmsgSize > 0 && config.PmsgSize + config.KmsgSize > totalSize)
            {
                throw new PstoreConfigException(PstoreConfig.KmsgSizeKey,
                    "no room for one " + (config.KmsgSize / 1024) + " KiB dmesg zone after the " +
                    (config.PmsgSize / 1024) + " KiB pmsg ring in the " + (totalSize / 1024) + " KiB partition");
            }

            if (config.MaxReason < 1 || config.MaxReason > 4)
            {
                throw new PstoreConfigException(PstoreConfig.MaxReasonKey,
                    "must be 1 (Panic), 2 (Oops), 3 (Emergency) or 4 (Shutdown), found " + config.MaxReason);
            }

            CheckRam(PstoreConfig.KmsgRamSizeKey, config.KmsgRamSize);
            CheckRam(PstoreConfig.PmsgBufferSizeKey, config.PmsgBufferSize);

            ZoneLayout layout = new ZoneLayout();
            layout.TotalSize = totalSize;
            layout.PmsgOffset = 0;
            layout.PmsgSize = config.PmsgSize;
            layout.DmesgOffset = config.PmsgSize;
            layout.DmesgZoneSize = config.KmsgSize;
            layout.DmesgZoneCount = config.KmsgSize == 0 ? 0 : (totalSize - config.PmsgSize) / config.KmsgSize;
            layout.UnusedSize = totalSize - config.PmsgSize - layout.DmesgZoneCount * config.KmsgSize;
            return layout;
        }

        private static void CheckSize(string key, int size, int eraseSize)
        {
            if (size < 0)
            {
                throw new PstoreConfigException(key, "must not be negative, found " + size + " bytes");
            }

            if (size % 4096 != 0)
            {
                throw new PstoreConfigException(key, "must be a multiple of 4 KiB, found " + size + " bytes");
            }

            if (size % eraseSize != 0)
            {
                throw new PstoreConfigException(key, "must be a multiple of the device's " + eraseSize +
                    "-byte erase unit, found " + size + " bytes");
            }
        }

        private static void CheckRam(string key, int size)
        {
            if (size < 0 || size > MaxRamBuffer)
            {
                throw new PstoreConfigException(key, "must be between 0 and " + MaxRamBuffer + " bytes, found " + size);
            }
        }
    }
}

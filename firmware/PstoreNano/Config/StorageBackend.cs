namespace PstoreNano.Config
{
    /// <summary>The medium that holds the pstore partition.</summary>
    public enum StorageBackend
    {
        /// <summary>SPI NOR flash (erase before program, 4 KiB sectors).</summary>
        Nor = 0,

        /// <summary>SD card in SPI mode (512-byte blocks).</summary>
        Sd = 1,
    }
}

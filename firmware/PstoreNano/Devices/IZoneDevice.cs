namespace PstoreNano.Devices
{
    /// <summary>
    /// The storage under a pstore partition, as the zone engine sees it: the equivalent of Linux's
    /// pstore_zone_info (read, write, panic_write, erase plus geometry). Addresses are relative to the
    /// start of the partition. A new medium is a new implementation of this interface, never a change
    /// to the engine. An implementation that holds a bus, a pin or a file may also implement
    /// <see cref="System.IDisposable"/>: <see cref="Pstore.Dispose"/> then disposes it.
    /// </summary>
    public interface IZoneDevice
    {
        /// <summary>Backend name used in record names, as Linux uses "pstore_blk" (e.g. "pstore_nor").</summary>
        string Name { get; }

        /// <summary>Size of the partition in bytes.</summary>
        int Size { get; }

        /// <summary>Program page size in bytes: one chip program operation never spans two pages.</summary>
        int PageSize { get; }

        /// <summary>Erase unit in bytes (a NOR sector, or the block size of a block device).</summary>
        int EraseSize { get; }

        /// <summary>
        /// True for flash (NOR): a byte can only be programmed after its erase unit was erased, and a
        /// program only clears bits. False for block devices, which overwrite in place.
        /// </summary>
        bool EraseBeforeProgram { get; }

        /// <summary>Reads <paramref name="count"/> bytes at <paramref name="address"/>.</summary>
        void Read(int address, byte[] buffer, int offset, int count);

        /// <summary>Programs (writes) bytes at <paramref name="address"/>; returns after they are stored.</summary>
        void Program(int address, byte[] buffer, int offset, int count);

        /// <summary>Erases whole erase units; afterwards they read 0xFF.</summary>
        void Erase(int address, int count);

        /// <summary>
        /// Called once at the start of the panic path: finish or wait out, within a bounded time, any
        /// operation another thread left half-done, so that the next Program is accepted. Never erases.
        /// </summary>
        void PanicTakeOver();
    }
}

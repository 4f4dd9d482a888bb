namespace PstoreNano.Drivers
{
    /// <summary>
    /// One SPI device on a bus. Each call is one chip-select-framed transaction: chip select goes low,
    /// <c>writeCount</c> bytes go out, then <c>readCount</c> bytes come in, then chip select goes high.
    /// Implementations must not allocate per call.
    /// </summary>
    public interface ISpiBus
    {
        /// <summary>SPI clock in Hz (drivers use it to bound transfer times).</summary>
        int ClockHz { get; }

        /// <summary>
        /// Largest writeCount + readCount of one transfer (the frame buffer of the device adapter):
        /// drivers split long reads to fit it.
        /// </summary>
        int MaxTransferBytes { get; }

        /// <summary>Writes then reads within one chip-select frame. Either count may be 0.</summary>
        void Transfer(byte[] writeBuffer, int writeOffset, int writeCount, byte[] readBuffer, int readOffset, int readCount);
    }
}

namespace PstoreNano.Drivers
{
    /// <summary>
    /// An SPI bus whose chip select the driver moves itself, as memory cards in SPI mode need: clocks with
    /// chip select high before a reset command, chip select held low across polls of unknown length (the
    /// response delay, the read token, busy), and one byte clocked after chip select rises so the card
    /// releases MISO. NOR chips keep <see cref="ISpiBus"/>, one transaction per call with hardware chip
    /// select. Implementations must not allocate per call; MOSI carries 0xFF whenever nothing is written.
    /// </summary>
    public interface ISpiCardBus
    {
        /// <summary>SPI clock in Hz now.</summary>
        int ClockHz { get; }

        /// <summary>Largest count of one <see cref="Exchange"/> (at most 16 KiB, the ESP32's DMA limit).</summary>
        int MaxTransferBytes { get; }

        /// <summary>
        /// Changes the clock, for example from the 400 kHz of card initialisation to the data clock.
        /// Only called while the card is deselected.
        /// </summary>
        void SetClock(int clockHz);

        /// <summary>Drives chip select low.</summary>
        void Select();

        /// <summary>Drives chip select high, then clocks one 0xFF byte so the card releases MISO.</summary>
        void Deselect();

        /// <summary>Clocks <paramref name="byteCount"/> bytes of 0xFF with chip select high.</summary>
        void IdleClocks(int byteCount);

        /// <summary>
        /// Full-duplex exchange of <paramref name="count"/> bytes with chip select left as it is. A null
        /// <paramref name="writeBuffer"/> sends 0xFF; a null <paramref name="readBuffer"/> discards what comes in.
        /// </summary>
        void Exchange(byte[] writeBuffer, int writeOffset, byte[] readBuffer, int readOffset, int count);
    }
}

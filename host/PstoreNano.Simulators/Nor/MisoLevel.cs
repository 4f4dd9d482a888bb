namespace PstoreNano.Simulators.Nor
{
    /// <summary>What the SPI master sees on MISO: the chip's answers, or nothing (an absent chip).</summary>
    public enum MisoLevel
    {
        /// <summary>The chip is there and drives MISO.</summary>
        Chip,

        /// <summary>No chip, MISO pulled high: every byte reads 0xFF.</summary>
        AbsentHigh,

        /// <summary>No chip, MISO pulled low: every byte reads 0x00.</summary>
        AbsentLow,
    }
}

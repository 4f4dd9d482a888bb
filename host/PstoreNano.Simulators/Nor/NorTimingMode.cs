namespace PstoreNano.Simulators.Nor
{
    /// <summary>Which datasheet column the simulated chip's program and erase times follow.</summary>
    public enum NorTimingMode
    {
        /// <summary>Typical times (tPP 0.4 ms, tSE 45 ms on a W25Q128JV).</summary>
        Typical,

        /// <summary>Maximum times (tPP 3 ms, tSE 400 ms on a W25Q128JV).</summary>
        Maximum,
    }
}

namespace PstoreNano.Simulators.Sd
{
    /// <summary>
    /// How long a <see cref="SimulatedSdCard"/> takes, drawn from its seeded random source: the response delay
    /// (NCR), the read access time (NAC), write busy with a garbage-collection tail and the preparation time
    /// of the first write into an allocation unit, and initialisation (ACMD41 idle). Figures follow the
    /// research notes on SD cards (§6.5, §7): typical busy below a millisecond, stalls of hundreds of ms.
    /// </summary>
    public sealed class SdTimingModel
    {
        /// <summary>Bytes of 0xFF before each response (the spec allows 1-8).</summary>
        public int NcrBytes { get; set; } = 2;

        /// <summary>Read access time before the start token, in microseconds.</summary>
        public int NacMicroseconds { get; set; } = 400;

        /// <summary>Typical busy after one written block, in microseconds.</summary>
        public int WriteBusyMicroseconds { get; set; } = 700;

        /// <summary>Chance that a block write meets a garbage-collection stall.</summary>
        public double StallProbability { get; set; }

        /// <summary>Busy of a stall, in microseconds.</summary>
        public int StallMicroseconds { get; set; } = 150000;

        /// <summary>Extra busy of the first write into an allocation unit since power-up, in microseconds.</summary>
        public int AuPreparationMicroseconds { get; set; }

        /// <summary>Allocation unit in sectors (4 MiB).</summary>
        public int AuSectors { get; set; } = 8192;

        /// <summary>Time ACMD41 keeps answering "idle" after the first one, in microseconds.</summary>
        public int InitMicroseconds { get; set; } = 20000;

        /// <summary>Typical figures, no stalls: what benchmarks measure against.</summary>
        public static SdTimingModel Typical()
        {
            return new SdTimingModel();
        }

        /// <summary>Typical figures with a 5 % stall tail of 150 ms and a 200 ms first write per allocation unit.</summary>
        public static SdTimingModel WithStalls()
        {
            return new SdTimingModel { StallProbability = 0.05, AuPreparationMicroseconds = 200000 };
        }
    }
}

namespace PstoreNano.Drivers.Sd
{
    /// <summary>
    /// The waits an SD card may take, from the SD Physical Layer spec (read access 100 ms, write busy 250 ms
    /// per block on SDHC and 500 ms on SDXC, initialisation 1 s), times a margin: production drivers allow
    /// far more (Linux 3 s for busy, ESP-IDF 5 s for writes), because cards exceed the spec in the field.
    /// </summary>
    public sealed class SdTimeouts
    {
        /// <summary>Spec limit for the read token after CMD17/CMD18 (NAC), in microseconds.</summary>
        public const int SpecReadMicroseconds = 100000;

        /// <summary>Spec limit for write busy on SDHC/SDSC, per block, in microseconds.</summary>
        public const int SpecWriteMicroseconds = 250000;

        /// <summary>Spec limit for write busy on SDXC, per block, in microseconds.</summary>
        public const int SpecWriteSdxcMicroseconds = 500000;

        /// <summary>Spec limit for ACMD41 to leave the idle state, in microseconds.</summary>
        public const int SpecInitMicroseconds = 1000000;

        /// <summary>Bound on waiting for a card that a reset left busy before CMD0 (ChaN waits 500 ms).</summary>
        public const int SpecReleaseMicroseconds = 500000;

        /// <summary>Creates the spec limits with a margin of <paramref name="marginPercent"/> percent on top (0 = exactly the spec).</summary>
        public SdTimeouts(int marginPercent)
        {
            if (marginPercent < 0)
            {
                marginPercent = 0;
            }

            MarginPercent = marginPercent;
        }

        /// <summary>The spec limits with 100 % margin (twice the spec).</summary>
        public static SdTimeouts Default()
        {
            return new SdTimeouts(100);
        }

        /// <summary>Percent added to every spec limit.</summary>
        public int MarginPercent { get; private set; }

        /// <summary>Read token wait, margin included.</summary>
        public int ReadMicroseconds { get { return Scale(SpecReadMicroseconds); } }

        /// <summary>Init wait (ACMD41), margin included.</summary>
        public int InitMicroseconds { get { return Scale(SpecInitMicroseconds); } }

        /// <summary>Wait for a card left busy before CMD0, margin included.</summary>
        public int ReleaseMicroseconds { get { return Scale(SpecReleaseMicroseconds); } }

        /// <summary>Write busy per block, margin included: SDXC cards (above 32 GiB) get the longer spec limit.</summary>
        public int WriteMicroseconds(bool sdxc)
        {
            return Scale(sdxc ? SpecWriteSdxcMicroseconds : SpecWriteMicroseconds);
        }

        private int Scale(int spec)
        {
            long scaled = (long)spec * (100 + MarginPercent) / 100;
            return scaled > int.MaxValue ? int.MaxValue : (int)scaled;
        }
    }
}

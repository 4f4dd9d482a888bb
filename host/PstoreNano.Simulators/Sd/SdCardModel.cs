namespace PstoreNano.Simulators.Sd
{
    /// <summary>What kind of card a <see cref="SimulatedSdCard"/> is: capacity and addressing.</summary>
    public sealed class SdCardModel
    {
        private SdCardModel(string name, long sectors, bool highCapacity)
        {
            Name = name;
            Sectors = sectors;
            HighCapacity = highCapacity;
        }

        /// <summary>Label for messages ("SDHC 8 MiB").</summary>
        public string Name { get; private set; }

        /// <summary>Capacity in 512-byte sectors.</summary>
        public long Sectors { get; private set; }

        /// <summary>True for SDHC/SDXC: block addressing and CSD version 2.</summary>
        public bool HighCapacity { get; private set; }

        /// <summary>An SDHC card of <paramref name="sectors"/> sectors (a multiple of 1024, as CSD v2 counts).</summary>
        public static SdCardModel Sdhc(long sectors)
        {
            return new SdCardModel("SDHC " + sectors / 2048 + " MiB", sectors, true);
        }

        /// <summary>An SDSC card of <paramref name="sectors"/> sectors (byte addressing, CMD16, CSD version 1).</summary>
        public static SdCardModel Sdsc(long sectors)
        {
            return new SdCardModel("SDSC " + sectors / 2048 + " MiB", sectors, false);
        }
    }
}

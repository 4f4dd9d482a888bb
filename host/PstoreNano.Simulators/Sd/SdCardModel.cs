namespace PstoreNano.Simulators.Sd
{
    /// <summary>What kind of card a <see cref="SimulatedSdCard"/> is: capacity and addressing.</summary>
    public sealed class SdCardModel
    {
        private SdCardModel(string name, long sectors, bool highCapacity, bool version1 = false)
        {
            Name = name;
            Sectors = sectors;
            HighCapacity = highCapacity;
            Version1 = version1;
        }

        /// <summary>True for a physical layer 1.x card: CMD8 is an illegal command to it.</summary>
        public bool Version1 { get; private set; }

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

        /// <summary>An SD 1.x card of <paramref name="sectors"/> sectors: SDSC that answers CMD8 as illegal.</summary>
        public static SdCardModel SdscVersion1(long sectors)
        {
            return new SdCardModel("SDSC v1 " + sectors / 2048 + " MiB", sectors, false, true);
        }

        /// <summary>An SDSC card of <paramref name="sectors"/> sectors (byte addressing, CMD16, CSD version 1).</summary>
        public static SdCardModel Sdsc(long sectors)
        {
            return new SdCardModel("SDSC " + sectors / 2048 + " MiB", sectors, false);
        }
    }
}

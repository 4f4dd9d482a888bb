namespace PstoreNano.Tool
{
    /// <summary>The layout an image's bytes point to: pmsg ring size and dmesg zone size.</summary>
    public sealed class LayoutGuess
    {
        /// <summary>Sizes known exactly (from a pmsg segment header's layout word).</summary>
        public LayoutGuess(int pmsgKiB, int kmsgKiB, int minKmsgKiB)
        {
            PmsgKiB = pmsgKiB;
            KmsgKiB = kmsgKiB;
            MinKmsgKiB = minKmsgKiB;
            KmsgKnown = kmsgKiB >= 0;
        }

        public int PmsgKiB { get; }

        /// <summary>Dmesg zone size in KiB; -1 when the records do not tell it (see <see cref="MinKmsgKiB"/>).</summary>
        public int KmsgKiB { get; }

        public bool KmsgKnown { get; }

        /// <summary>Smallest dmesg zone that holds the largest record found.</summary>
        public int MinKmsgKiB { get; }

        /// <summary>"this image holds a 64 KiB pmsg ring and 4 KiB dmesg zones; use --pmsg-size 64 --kmsg-size 4".</summary>
        public string Advice()
        {
            string ring = PmsgKiB == 0 ? "no pmsg ring" : "a " + PmsgKiB + " KiB pmsg ring";
            if (!KmsgKnown)
            {
                return "this image holds " + ring + " and dmesg zones of at least " + MinKmsgKiB +
                    " KiB; use --pmsg-size " + PmsgKiB + " and the --kmsg-size it was written with";
            }

            string zones = KmsgKiB == 0 ? "no dmesg zones" : KmsgKiB + " KiB dmesg zones";
            return "this image holds " + ring + " and " + zones + "; use --pmsg-size " + PmsgKiB + " --kmsg-size " + KmsgKiB;
        }

        /// <summary>True when the configured sizes (bytes) agree with what the image holds.</summary>
        public bool Matches(int pmsgSize, int kmsgSize)
        {
            return pmsgSize == PmsgKiB * 1024 && (KmsgKnown ? kmsgSize == KmsgKiB * 1024 : kmsgSize >= MinKmsgKiB * 1024);
        }
    }
}

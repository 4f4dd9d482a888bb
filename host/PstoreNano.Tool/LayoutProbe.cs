using PstoreNano.Zones;
using PstoreNano.Zones.Pmsg;

namespace PstoreNano.Tool
{
    /// <summary>
    /// Reads the layout an image was written with from its bytes alone. A PstoreNano pmsg segment header
    /// carries the layout word, which says it exactly; otherwise (Linux's images, a ring never written) dmesg
    /// zone 0 starts where the ring ends and the zones that hold a record are a zone size apart. Used to tell
    /// the user which sizes to pass when the configured ones do not fit.
    /// </summary>
    public static class LayoutProbe
    {
        private const int Unit = ImageBytes.Granule;

        /// <summary>The layout the image points to, or null when it holds no dmesg record to measure from.</summary>
        public static LayoutGuess Guess(byte[] image)
        {
            int units = image.Length / Unit;
            int lastSegment = -1;
            PmsgSegmentHeader segment = new PmsgSegmentHeader();
            for (int u = 0; u < units; u++)
            {
                if (Decode(image, u * Unit, segment))
                {
                    if (segment.Layout != 0)
                    {
                        int kib = PmsgFormat.LayoutUnit / 1024;
                        return new LayoutGuess((int)(segment.Layout & 0xFFFF) * kib, (int)(segment.Layout >> 16) * kib, 0);
                    }

                    lastSegment = u;
                }
            }

            int first = -1;
            int spacing = 0;
            int largest = 0;
            DmesgHeader header = new DmesgHeader();
            for (int u = lastSegment + 1; u < units; u++)
            {
                header.Parse(image, u * Unit);
                if (header.StoredSignature != DmesgHeader.Signature)
                {
                    continue;
                }

                largest = System.Math.Max(largest, header.DataLength + DmesgHeader.BufferHeaderSize);
                if (first < 0)
                {
                    first = u;
                }
                else
                {
                    spacing = Gcd(spacing, u - first);
                }
            }

            if (first < 0)
            {
                return null;
            }

            int minKiB = (largest + Unit - 1) / Unit * 4;
            int kmsgKiB = spacing * 4 >= minKiB && spacing > 0 ? spacing * 4 : -1;
            return new LayoutGuess(first * 4, kmsgKiB, System.Math.Max(4, minKiB));
        }

        /// <summary>
        /// True when the image's structures sit where the given layout puts them: every pmsg segment header
        /// inside the ring and every dmesg signature at the start of a zone.
        /// </summary>
        public static bool Consistent(byte[] image, int pmsgSize, int kmsgSize)
        {
            DmesgHeader header = new DmesgHeader();
            for (int offset = 0; offset + Unit <= image.Length; offset += Unit)
            {
                if (IsSegment(image, offset))
                {
                    if (offset >= pmsgSize)
                    {
                        return false;
                    }

                    continue;
                }

                header.Parse(image, offset);
                if (header.StoredSignature == DmesgHeader.Signature &&
                    (offset < pmsgSize || kmsgSize == 0 || (offset - pmsgSize) % kmsgSize != 0))
                {
                    return false;
                }
            }

            return true;
        }

        private static bool IsSegment(byte[] image, int offset)
        {
            return Decode(image, offset, new PmsgSegmentHeader());
        }

        private static bool Decode(byte[] image, int offset, PmsgSegmentHeader header)
        {
            byte[] head = new byte[PmsgFormat.SegmentHeaderSize];
            System.Array.Copy(image, offset, head, 0, head.Length);
            return header.Decode(head);
        }

        private static int Gcd(int a, int b)
        {
            while (b != 0)
            {
                int t = a % b;
                a = b;
                b = t;
            }

            return a;
        }
    }
}

using PstoreNano.Config;
using PstoreNano.Devices;
using PstoreNano.Records;
using PstoreNano.Zones.Pmsg;

namespace PstoreNano.Zones
{
    /// <summary>
    /// Tells, before mount writes anything, whether the partition was formatted with the configured
    /// layout. Every pmsg segment header carries the layout word (pmsg and dmesg zone sizes). A mismatch is
    /// a segment header with another word, a Linux dmesg header where the layout starts the pmsg ring, or a
    /// segment header at offset 0 when the layout has no ring. The ring's own mount scan applies the first
    /// two while it reads the headers anyway, so the guard costs no extra read there.
    /// </summary>
    internal static class LayoutGuard
    {
        /// <summary>
        /// Without a pmsg ring: checks offset 0 for a segment header, which means the dmesg zones would land
        /// on a ring. Reads one header into <paramref name="buffer"/> (at least 32 bytes); false on a mismatch.
        /// </summary>
        public static bool CheckWithoutRing(IZoneDevice device, MountReport report, byte[] buffer)
        {
            device.Read(0, buffer, 0, PmsgFormat.SegmentHeaderSize);
            report.BytesRead += PmsgFormat.SegmentHeaderSize;
            PmsgSegmentHeader header = new PmsgSegmentHeader();
            if (!header.Decode(buffer))
            {
                return true;
            }

            report.LayoutMismatch = true;
            SetFound(report, header.Layout);
            return false;
        }

        /// <summary>
        /// True (and the report filled) when a segment header's word <paramref name="found"/> is another
        /// layout than the ring's <paramref name="expected"/>. A word of 0 says nothing: not a mismatch.
        /// </summary>
        public static bool IsOtherLayout(uint expected, uint found, MountReport report)
        {
            if (expected == 0 || found == 0 || found == expected)
            {
                return false;
            }

            report.LayoutMismatch = true;
            SetFound(report, found);
            return true;
        }

        /// <summary>
        /// True (and the report filled) when <paramref name="header"/> is a Linux dmesg header: the partition
        /// has a dmesg zone where the ring should start (formatted without pmsg).
        /// </summary>
        public static bool IsDmesgHeader(byte[] header, MountReport report)
        {
            if (LittleEndian.ReadUInt32(header, 0) != DmesgHeader.Signature ||
                LittleEndian.ReadUInt32(header, DmesgHeader.MagicOffset) != DmesgHeader.KmsgMagic)
            {
                return false;
            }

            report.LayoutMismatch = true;
            report.FoundPmsgSize = 0;
            report.FoundKmsgSize = 0;
            return true;
        }

        private static void SetFound(MountReport report, uint word)
        {
            report.FoundPmsgSize = (int)(word & 0xFFFF) * PmsgFormat.LayoutUnit;
            report.FoundKmsgSize = (int)(word >> 16) * PmsgFormat.LayoutUnit;
        }
    }
}

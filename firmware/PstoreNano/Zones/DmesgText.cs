using PstoreNano.Records;

namespace PstoreNano.Zones
{
    /// <summary>
    /// The text lines pstore/zone puts around a dump: "&lt;Reason&gt;#&lt;n&gt; Part1" stored first in the
    /// record, and "&lt;Reason&gt;: Total &lt;n&gt; times" shown on read. Formatting allocates nothing.
    /// </summary>
    internal static class DmesgText
    {
        /// <summary>Longest line either method writes ("Emergency: Total -2147483648 times\n" and the like).</summary>
        public const int MaxLineLength = 48;

        private const string PartOne = " Part1\n";
        private const string TotalPrefix = ": Total ";
        private const string TotalSuffix = " times\n";

        /// <summary>Linux's kmsg_dump_reason_str: Panic, Oops, Emergency, Shutdown, otherwise Unknown.</summary>
        public static string ReasonName(int reason)
        {
            switch (reason)
            {
                case (int)DumpReason.Panic:
                    return "Panic";
                case (int)DumpReason.Oops:
                    return "Oops";
                case (int)DumpReason.Emergency:
                    return "Emergency";
                case (int)DumpReason.Shutdown:
                    return "Shutdown";
                default:
                    return "Unknown";
            }
        }

        /// <summary>Writes "&lt;Reason&gt;#&lt;counter&gt; Part1\n" (the first stored line); returns its length.</summary>
        public static int WriteDumpLine(byte[] buffer, int reason, uint counter)
        {
            int at = Ascii(ReasonName(reason), buffer, 0);
            buffer[at++] = (byte)'#';
            at = Decimal(counter, buffer, at);
            return Ascii(PartOne, buffer, at);
        }

        /// <summary>
        /// Writes "&lt;Reason&gt;: Total &lt;counter&gt; times\n", the line Linux's psz_kmsg_read puts before an
        /// uncompressed record (the counter printed with %d, as Linux does); returns its length.
        /// </summary>
        public static int WriteTotalLine(byte[] buffer, int reason, uint counter)
        {
            int at = Ascii(ReasonName(reason), buffer, 0);
            at = Ascii(TotalPrefix, buffer, at);
            at = Decimal((int)counter, buffer, at);
            return Ascii(TotalSuffix, buffer, at);
        }

        private static int Ascii(string text, byte[] buffer, int at)
        {
            for (int i = 0; i < text.Length; i++)
            {
                buffer[at++] = (byte)text[i];
            }

            return at;
        }

        private static int Decimal(long value, byte[] buffer, int at)
        {
            if (value < 0)
            {
                buffer[at++] = (byte)'-';
                value = -value;
            }

            int digits = 1;
            for (long rest = value / 10; rest != 0; rest /= 10)
            {
                digits++;
            }

            for (int i = digits - 1; i >= 0; i--)
            {
                buffer[at + i] = (byte)('0' + (int)(value % 10));
                value /= 10;
            }

            return at + digits;
        }
    }
}

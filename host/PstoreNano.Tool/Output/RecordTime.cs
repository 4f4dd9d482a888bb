using System;
using PstoreNano.Records;

namespace PstoreNano.Tool.Output
{
    /// <summary>
    /// When a record was written, as far as it says. A dmesg record carries the board's wall-clock time when
    /// the board had one; without one the engine stores a synthesized ordinal (newest + 1), which is no time
    /// at all. A pmsg record carries no time, only the boot that wrote it.
    /// </summary>
    public static class RecordTime
    {
        /// <summary>Times before 2000-01-01 are taken as synthesized: no board clock reads that early.</summary>
        public const long FirstRealSecond = 946684800;

        public static bool IsReal(PstoreRecord r)
        {
            return r.Type == RecordType.Dmesg && r.TimeSeconds >= FirstRealSecond;
        }

        /// <summary>ISO 8601 in UTC with nanoseconds, or null when the record has no real time.</summary>
        public static string Iso(PstoreRecord r)
        {
            if (!IsReal(r))
            {
                return null;
            }

            DateTime t = DateTimeOffset.FromUnixTimeSeconds(r.TimeSeconds).UtcDateTime;
            return t.ToString("yyyy-MM-ddTHH:mm:ss") + "." + r.TimeNanoseconds.ToString("D9") + "Z";
        }

        /// <summary>The TIME column: ISO 8601, "no clock (#N)" for a synthesized dmesg time, "boot N" for pmsg.</summary>
        public static string Describe(PstoreRecord r)
        {
            if (r.Type == RecordType.Pmsg)
            {
                return "boot " + r.BootNumber;
            }

            return Iso(r) ?? "no clock (#" + r.TimeSeconds + ")";
        }
    }
}

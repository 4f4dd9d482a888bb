using System;
using System.Collections.Generic;
using PstoreNano.Config;
using PstoreNano.Records;
using PstoreNano.Zones;

namespace PstoreNano.Tool.Doctor
{
    /// <summary>Judges each dmesg zone's header from the image's bytes, as Linux's psz_kmsg_recover_meta does.</summary>
    public static class DmesgZoneCheck
    {
        public const string Section = "dmesg";

        public static void Run(byte[] image, ZoneLayout layout, List<Finding> into)
        {
            DmesgHeader h = new DmesgHeader();
            UnitRuns zones = new UnitRuns(Section, "zone");
            for (int i = 0; i < layout.DmesgZoneCount; i++)
            {
                int offset = layout.DmesgZoneOffset(i);
                h.Parse(image, offset);
                switch (h.Classify(layout.DmesgZoneSize))
                {
                    case DmesgZoneKind.Record:
                        Record(image, offset, h, i, zones);
                        break;
                    case DmesgZoneKind.Erased:
                        zones.Add(i, offset, Severity.Ok, "record erased the Linux way (datalen 0), counter " + h.Counter);
                        break;
                    case DmesgZoneKind.Overtop:
                        zones.Add(i, offset, Severity.Problem, "damaged: datalen " + h.DataLength +
                            " does not fit the " + layout.DmesgZoneSize + "-byte zone (Linux's overtop); the record is skipped");
                        break;
                    case DmesgZoneKind.Invalid:
                        zones.Add(i, offset, Severity.Problem, "damaged: signature present but the kmsg header is bad " +
                            "(magic 0x" + h.Magic.ToString("X8") + ", start " + h.Start + ", datalen " + h.DataLength + "); the record is skipped");
                        break;
                    default:
                        zones.Add(i, offset, Severity.Ok, RegionState.Erased(image, offset, layout.DmesgZoneSize) ??
                            (RegionState.Zeroed(image, offset, layout.DmesgZoneSize) ? "no record (zero-filled)" :
                            "no record (other bytes: a dump cut before its header, or the tail of a larger zone)"));
                        break;
                }
            }

            zones.AddTo(into);
        }

        private static void Record(byte[] image, int offset, DmesgHeader h, int index, UnitRuns zones)
        {
            string what = DmesgText.ReasonName(h.Reason) + " #" + h.Counter + ", " + h.TextLength + " bytes of text" +
                (h.Compressed ? ", compressed" : "");
            if (!h.Compressed)
            {
                zones.Add(index, offset, Severity.Ok, what);
                return;
            }

            byte[] stored = new byte[h.TextLength];
            Array.Copy(image, offset + DmesgHeader.Size, stored, 0, stored.Length);
            if (RecordBytes.TryInflate(stored, out byte[] text))
            {
                zones.Add(index, offset, Severity.Ok, what + " (inflates to " + text.Length + " bytes)");
            }
            else
            {
                zones.Add(index, offset, Severity.Problem, what + ": damaged, the deflate stream does not inflate");
            }
        }
    }
}

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
            for (int i = 0; i < layout.DmesgZoneCount; i++)
            {
                int offset = layout.DmesgZoneOffset(i);
                h.Parse(image, offset);
                string zone = "zone " + i + " at 0x" + offset.ToString("X") + ": ";
                switch (h.Classify(layout.DmesgZoneSize))
                {
                    case DmesgZoneKind.Record:
                        into.Add(Record(image, offset, h, zone));
                        break;
                    case DmesgZoneKind.Erased:
                        into.Add(new Finding(Section, Severity.Ok, zone + "record erased the Linux way (datalen 0), counter " + h.Counter));
                        break;
                    case DmesgZoneKind.Overtop:
                        into.Add(new Finding(Section, Severity.Problem, zone + "damaged: datalen " + h.DataLength +
                            " does not fit the " + layout.DmesgZoneSize + "-byte zone (Linux's overtop); the record is skipped"));
                        break;
                    case DmesgZoneKind.Invalid:
                        into.Add(new Finding(Section, Severity.Problem, zone + "damaged: signature present but the kmsg header is bad " +
                            "(magic 0x" + h.Magic.ToString("X8") + ", start " + h.Start + ", datalen " + h.DataLength + "); the record is skipped"));
                        break;
                    default:
                        string erased = RegionState.Erased(image, offset, layout.DmesgZoneSize);
                        into.Add(new Finding(Section, Severity.Ok, zone + (erased ?? "no record (other bytes: a dump cut before its header, or never used)")));
                        break;
                }
            }
        }

        private static Finding Record(byte[] image, int offset, DmesgHeader h, string zone)
        {
            string what = zone + DmesgText.ReasonName(h.Reason) + " #" + h.Counter + ", " + h.TextLength + " bytes of text" +
                (h.Compressed ? ", compressed" : "");
            if (!h.Compressed)
            {
                return new Finding(Section, Severity.Ok, what);
            }

            byte[] stored = new byte[h.TextLength];
            Array.Copy(image, offset + DmesgHeader.Size, stored, 0, stored.Length);
            return RecordBytes.TryInflate(stored, out byte[] text)
                ? new Finding(Section, Severity.Ok, what + " (inflates to " + text.Length + " bytes)")
                : new Finding(Section, Severity.Problem, what + ": damaged, the deflate stream does not inflate");
        }
    }
}

using System.Text.Json;
using PstoreNano.Config;
using PstoreNano.Records;

namespace PstoreNano.Tool.Output
{
    /// <summary>The JSON objects shared by list, cat, extract and doctor (docs/TOOL.md, "record" and "layout").</summary>
    public static class RecordJson
    {
        public static void Record(Utf8JsonWriter j, PstoreRecord r)
        {
            bool dmesg = r.Type == RecordType.Dmesg;
            j.WriteStartObject();
            j.WriteString("name", r.Name);
            j.WriteString("type", dmesg ? "dmesg" : "pmsg");
            j.WriteNumber("id", r.Id);
            j.WriteNumber("size", r.Size);
            if (dmesg)
            {
                j.WriteString("reason", r.Reason.ToString());
                j.WriteNumber("counter", r.Counter);
                j.WriteBoolean("compressed", r.Compressed);
                j.WriteNumber("timeSeconds", r.TimeSeconds);
                j.WriteNumber("timeNanoseconds", r.TimeNanoseconds);
                j.WriteBoolean("timeIsReal", RecordTime.IsReal(r));
                if (RecordTime.IsReal(r))
                {
                    j.WriteString("time", RecordTime.Iso(r));
                }
                else
                {
                    j.WriteNull("time");
                }
            }
            else
            {
                j.WriteNumber("boot", r.BootNumber);
            }

            j.WriteEndObject();
        }

        public static void Layout(Utf8JsonWriter j, ZoneLayout l)
        {
            j.WriteStartObject("layout");
            j.WriteNumber("partitionBytes", l.TotalSize);
            j.WriteNumber("pmsgBytes", l.PmsgSize);
            j.WriteNumber("dmesgZoneBytes", l.DmesgZoneSize);
            j.WriteNumber("dmesgZones", l.DmesgZoneCount);
            j.WriteNumber("unusedBytes", l.UnusedSize);
            j.WriteEndObject();
        }
    }
}

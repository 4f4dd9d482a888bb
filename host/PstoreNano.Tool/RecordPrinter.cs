using System;
using System.IO;
using PstoreNano.Records;
using PstoreNano.Tool.Cli;
using PstoreNano.Tool.Output;
using Spectre.Console;

namespace PstoreNano.Tool
{
    /// <summary>Prints records as /sys/fs/pstore would show them: a table with a header row.</summary>
    public static class RecordPrinter
    {
        public static void PrintList(PstoreRecord[] records, TextWriter w)
        {
            if (records.Length == 0)
            {
                w.WriteLine("(no records)");
                return;
            }

            Table t = Screen.Table("NAME", "TYPE", "REASON", "COUNTER", "TIME", "SIZE");
            foreach (PstoreRecord r in records)
            {
                bool dmesg = r.Type == RecordType.Dmesg;
                Screen.Row(t, r.Name, dmesg ? "dmesg" : "pmsg", dmesg ? r.Reason.ToString() : "-", dmesg ? r.Counter.ToString() : "-",
                    RecordTime.Describe(r), r.Size + (r.Compressed ? " (compressed)" : ""));
            }

            Screen.Write(w, t);
        }

        /// <summary>Finds a record by name, or fails naming the image and the records it holds.</summary>
        public static PstoreRecord Find(MountedImage mounted, string name)
        {
            PstoreRecord[] records = mounted.Store.ListRecords();
            foreach (PstoreRecord r in records)
            {
                if (r.Name == name)
                {
                    return r;
                }
            }

            string names = records.Length == 0 ? "it holds none" : "it holds " + string.Join(", ", Array.ConvertAll(records, r => r.Name));
            throw ToolError.Problem("no record named " + name + " in " + mounted.Image.Path + "; " + names +
                " (pstore-tool list --image " + mounted.Image.Path + ")");
        }
    }
}

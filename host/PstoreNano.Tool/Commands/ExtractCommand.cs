using System.CommandLine;
using System.IO;
using PstoreNano.Records;
using PstoreNano.Tool.Cli;
using PstoreNano.Tool.Output;

namespace PstoreNano.Tool.Commands
{
    /// <summary>
    /// pstore-tool extract: every record as a file named as Linux names it in /sys/fs/pstore; compressed text
    /// is inflated, and one that does not inflate is written raw as NAME.enc.z, as Linux does.
    /// </summary>
    public static class ExtractCommand
    {
        public static ToolCommand Create(ToolConsole console)
        {
            ToolCommand c = new ToolCommand("extract", "Write every record to a folder, one file each, named as in /sys/fs/pstore (the image is not written).",
                "pstore-tool extract --image part.img --out records/",
                "pstore-tool extract -i linux.img --medium block --kmsg-size 64 --pmsg-size 0 -o pstore");
            ImageOptions image = new ImageOptions(c, true, "partition image to read");
            Option<string> output = new Option<string>("--out", "-o") { Description = "folder to write the files to (created if missing)", HelpName = "DIR", Required = true };
            c.Options.Add(output);
            return c.Runs(p => Run(image.Read(p), p.GetValue(output), console));
        }

        public static int Run(ImageSettings settings, string folder, ToolConsole console)
        {
            MountedImage mounted = MountedImage.Open(settings).RequireConfiguredLayout();
            if (File.Exists(folder))
            {
                throw ToolError.Problem("--out " + folder + ": is a file; give a folder (it is created if missing)");
            }

            Directory.CreateDirectory(folder);
            PstoreRecord[] records = mounted.Store.ListRecords();
            int damaged = ProgressDisplay.Run(console, "extract", meter =>
            {
                int bad = 0;
                for (int i = 0; i < records.Length; i++)
                {
                    bad += Write(mounted, records[i], folder, console) ? 0 : 1;
                    meter.Report(i + 1, records.Length);
                }

                return bad;
            });

            console.Out.WriteLine("extracted " + records.Length + " record(s) to " + folder +
                (damaged == 0 ? "" : "; " + damaged + " did not inflate (written raw as .enc.z)"));
            return damaged == 0 ? ExitCodes.Ok : ExitCodes.Problem;
        }

        // Writes one record's file; false when compressed text did not inflate (its raw bytes are kept).
        private static bool Write(MountedImage mounted, PstoreRecord r, string folder, ToolConsole console)
        {
            byte[] stored = RecordBytes.ReadStored(mounted.Store, r);
            byte[] text = stored;
            bool inflated = !r.Compressed || RecordBytes.TryInflate(stored, out text);
            string name = inflated ? r.Name : RecordBytes.RawName(r);
            File.WriteAllBytes(Path.Combine(folder, name), inflated ? text : stored);
            console.Out.WriteLine("  " + name + "  " + (inflated ? text.Length : stored.Length) + " bytes" + (r.Compressed && inflated ? " (inflated)" : ""));
            if (!inflated)
            {
                console.Error.WriteLine("pstore-tool extract: " + r.Name + " is compressed but its deflate stream is damaged; " +
                    "wrote the raw bytes as " + name);
            }

            return inflated;
        }
    }
}

using PstoreNano.Records;
using PstoreNano.Tool.Cli;
using PstoreNano.Tool.Output;

namespace PstoreNano.Tool.Commands
{
    /// <summary>pstore-tool list: the records of an image, as /sys/fs/pstore lists them.</summary>
    public static class ListCommand
    {
        public static ToolCommand Create(ToolConsole console)
        {
            ToolCommand c = new ToolCommand("list", "List the records in a partition image (the image is not written).",
                "pstore-tool list --image part.img",
                "pstore-tool list --image=linux.img --medium block --kmsg-size 64 --pmsg-size 0 --json");
            ImageOptions image = new ImageOptions(c, true, "partition image to read");
            var json = Flags.Json(c);
            return c.Runs(p => Run(image.Read(p), p.GetValue(json), console));
        }

        public static int Run(ImageSettings settings, bool json, ToolConsole console)
        {
            MountedImage mounted = MountedImage.Open(settings).RequireConfiguredLayout();
            PstoreRecord[] records = mounted.Store.ListRecords();
            if (json)
            {
                Json.Write(console.Out, j =>
                {
                    j.WriteStartObject();
                    j.WriteString("image", mounted.Image.Path);
                    j.WriteString("medium", settings.Medium);
                    RecordJson.Layout(j, mounted.Store.Layout);
                    j.WriteStartArray("records");
                    foreach (PstoreRecord r in records)
                    {
                        RecordJson.Record(j, r);
                    }

                    j.WriteEndArray();
                    j.WriteEndObject();
                });
                return ExitCodes.Ok;
            }

            console.Out.WriteLine(mounted.Describe());
            RecordPrinter.PrintList(records, console.Out);
            return ExitCodes.Ok;
        }
    }
}

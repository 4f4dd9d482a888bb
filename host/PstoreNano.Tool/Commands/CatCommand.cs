using System;
using System.CommandLine;
using System.Text;
using PstoreNano.Records;
using PstoreNano.Tool.Cli;
using PstoreNano.Tool.Output;

namespace PstoreNano.Tool.Commands
{
    /// <summary>pstore-tool cat: one record's bytes as /sys/fs/pstore shows them (compressed text inflated).</summary>
    public static class CatCommand
    {
        private static readonly UTF8Encoding StrictUtf8 = new UTF8Encoding(false, true);

        public static ToolCommand Create(ToolConsole console)
        {
            ToolCommand c = new ToolCommand("cat", "Print one record; dmesg text that Linux compressed is inflated (the image is not written).",
                "pstore-tool cat --image part.img dmesg-pstore_nor-3",
                "pstore-tool cat -i part.img pmsg-pstore_nor-12 --json");
            ImageOptions image = new ImageOptions(c, true, "partition image to read");
            Argument<string> name = new Argument<string>("NAME") { Description = "record name, as list shows it (e.g. dmesg-pstore_nor-3)" };
            c.Arguments.Add(name);
            var json = Flags.Json(c);
            return c.Runs(p => Run(image.Read(p), p.GetValue(name), p.GetValue(json), console));
        }

        public static int Run(ImageSettings settings, string name, bool json, ToolConsole console)
        {
            MountedImage mounted = MountedImage.Open(settings).RequireConfiguredLayout();
            PstoreRecord record = RecordPrinter.Find(mounted, name);
            byte[] bytes = RecordBytes.ReadShown(mounted.Store, record);
            if (bytes == null)
            {
                throw ToolError.Problem(name + " is compressed but its deflate stream is damaged and does not inflate; " +
                    "pstore-tool extract writes its raw bytes as " + RecordBytes.RawName(record));
            }

            if (!json)
            {
                console.WriteBytes(bytes);
                return ExitCodes.Ok;
            }

            string text = Utf8OrNull(bytes);
            Json.Write(console.Out, j =>
            {
                j.WriteStartObject();
                j.WriteString("image", mounted.Image.Path);
                j.WritePropertyName("record");
                RecordJson.Record(j, record);
                j.WriteString("encoding", text != null ? "utf-8" : "base64");
                j.WriteString("data", text ?? Convert.ToBase64String(bytes));
                j.WriteEndObject();
            });
            return ExitCodes.Ok;
        }

        private static string Utf8OrNull(byte[] bytes)
        {
            try
            {
                return StrictUtf8.GetString(bytes);
            }
            catch (ArgumentException)
            {
                return null;
            }
        }
    }
}

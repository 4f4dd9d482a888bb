using System;
using System.IO;
using PstoreNano.Config;
using PstoreNano.Records;
using PstoreNano.Tool.Cli;
using System.CommandLine;

namespace PstoreNano.Tool.Commands
{
    /// <summary>
    /// The quick-start scenario on a flash image file: an application logs through pmsg, crashes and
    /// dumps, the board reboots, and the next boot lists and prints what survived.
    /// </summary>
    public static class DemoCommand
    {
        public static ToolCommand Create(ToolConsole console)
        {
            ToolCommand c = new ToolCommand("demo", "Log to pmsg, crash and dump, reboot, and print the recovered records (on a new image).",
                "pstore-tool demo",
                "pstore-tool demo --image part.img --keep");
            ImageOptions image = new ImageOptions(c, false, "image to write (default: <temp>/pstore-demo.img); made new unless --keep");
            var keep = Flags.Add(c, new Option<bool>("--keep") { Description = "keep an existing image: boot numbers and counters go on" });
            return c.Runs(p => Run(image.Read(p), p.GetValue(keep), console.Out));
        }

        public static int Run(ImageSettings o, bool keep, TextWriter w)
        {
            PstoreConfig config = ConfigFiles.Load(o);
            string path = o.ImagePath ?? Path.Combine(Path.GetTempPath(), "pstore-demo.img");
            if (Directory.Exists(path))
            {
                throw ToolError.Problem("--image " + path + ": is a directory; give the image file to write");
            }

            ImageFile image = keep && File.Exists(path) ? ImageFile.Open(path, o.Medium, config) : ImageFile.Create(path, config, o.Medium);

            Pstore store = Mount(image, config, o);
            ZoneLayout layout = store.Layout;
            w.WriteLine("== boot {0}: {1} KiB partition image {2}", store.BootNumber, layout.TotalSize / 1024, image.Path);
            w.WriteLine("   pmsg ring {0} KiB, {1} dmesg zones of {2} KiB, max_reason {3}",
                layout.PmsgSize / 1024, layout.DmesgZoneCount, layout.DmesgZoneSize / 1024, config.MaxReason);

            string[] lines =
            {
                "boot: firmware 1.4.2 starting, heap 96 KiB free",
                "wifi: connected to greenhouse-ap, rssi -61 dBm",
                "sensor: soil moisture 41 %, temperature 21.5 C",
                "pump: valve 2 opened for 30 s",
            };
            foreach (string line in lines)
            {
                store.Log(line);
                w.WriteLine("   log  > " + line);
            }

            try
            {
                ThrowFromPumpController();
            }
            catch (Exception e)
            {
                w.WriteLine("   the application dies: " + e.GetType().FullName + ": " + e.Message);
                long start = image.Clock == null ? 0 : image.Clock.Microseconds;
                bool stored = store.Dump(DumpReason.Panic, e);
                string chipTime = image.Clock == null ? "" :
                    " in " + ((image.Clock.Microseconds - start) / 1000.0).ToString("F2") + " ms of modeled chip time (" + (image.Region == null ? "W25Q128JV" : "SDHC card") + ", 20 MHz)";
                w.WriteLine("   panic dump {0}{1}", stored ? "written to the ready dmesg zone" : "NOT stored", chipTime);
            }

            image.Save();
            w.WriteLine("== power off, reboot");

            image = ImageFile.Open(path, o.Medium, config);
            store = Mount(image, config, o);
            MountReport report = store.Report;
            PstoreRecord[] records = store.ListRecords();
            int pmsgBytes = 0;
            foreach (PstoreRecord r in records)
            {
                pmsgBytes += r.Type == RecordType.Pmsg ? r.Size : 0;
            }

            w.WriteLine("== boot {0}: mount found {1} dmesg record(s) and {2} pmsg byte(s), read {3} bytes, erased {4} unit(s)",
                store.BootNumber, report.DmesgRecords, pmsgBytes, report.BytesRead, report.ErasesAtMount);
            w.WriteLine("records:");
            RecordPrinter.PrintList(records, w);
            foreach (PstoreRecord r in records)
            {
                w.WriteLine("--- " + r.Name + " ---");
                w.Write(System.Text.Encoding.UTF8.GetString(RecordBytes.ReadShown(store, r) ?? RecordBytes.ReadStored(store, r)));
                w.WriteLine("--- end of " + r.Name + " ---");
            }

            image.Save();
            return 0;
        }

        private static Pstore Mount(ImageFile image, PstoreConfig config, ImageSettings o)
        {
            Pstore store;
            try
            {
                store = Pstore.Mount(image.Device, config);
            }
            catch (PstoreConfigException e)
            {
                throw LayoutErrors.Explain(e, o, image.OriginalBytes);
            }

            if (store.Report.LayoutMismatch)
            {
                throw ToolError.Problem("--image " + image.Path + ": " + LayoutAdvice.Found(store, image.OriginalBytes) +
                    "; or drop --keep to start a new image");
            }

            return store;
        }

        private static void ThrowFromPumpController()
        {
            throw new InvalidOperationException("pump controller lost its I2C bus (address 0x48 not acknowledged)");
        }
    }
}

using System.Collections.Generic;
using PstoreNano.Config;
using PstoreNano.Records;
using PstoreNano.Tool.Cli;

namespace PstoreNano.Tool.Doctor
{
    /// <summary>
    /// pstore-tool doctor: checks an image against the configuration and reports the layout, every dmesg zone,
    /// every pmsg segment, damage and the records, ending with a verdict; exit 1 when it found a problem.
    /// </summary>
    public static class DoctorCommand
    {
        public static ToolCommand Create(ToolConsole console)
        {
            ToolCommand c = new ToolCommand("doctor", "Check an image against the configuration: layout, zones, pmsg segments, damage, records (the image is not written).",
                "pstore-tool doctor --image part.img",
                "pstore-tool doctor -i linux.img --medium block --kmsg-size 64 --pmsg-size 0 --json");
            ImageOptions image = new ImageOptions(c, true, "partition image to check");
            var json = Flags.Json(c);
            return c.Runs(p => Run(image.Read(p), p.GetValue(json), console));
        }

        public static int Run(ImageSettings settings, bool json, ToolConsole console)
        {
            DoctorReport report = Examine(settings);
            if (json)
            {
                DoctorOutput.Json(report, console.Out);
            }
            else
            {
                DoctorOutput.Text(report, console.Out);
            }

            return report.Problems == 0 ? ExitCodes.Ok : ExitCodes.Problem;
        }

        public static DoctorReport Examine(ImageSettings settings)
        {
            PstoreConfig config = ConfigFiles.Load(settings);
            // A card image may be gigabytes: only its pstore partition is read, by the mount below.
            bool card = settings.Medium == "sd";
            byte[] bytes = card ? null : ImageBytes.Read(settings.ImagePath);
            long length = card ? ImageBytes.Length(settings.ImagePath) : bytes.Length;
            DoctorReport report = new DoctorReport(settings);
            report.Add("image", Severity.Ok, settings.ImagePath + ": " + ImageBytes.Describe(length) + ", read as " + settings.Medium +
                ", configuration " + ConfigFiles.Describe(settings));
            if (!card && config.PartitionSize > 0 && config.PartitionSize != bytes.Length)
            {
                report.Add("image", Severity.Note, "the configuration's partition is " + config.PartitionSize / 1024 +
                    " KiB; the image's own size is used");
            }

            MountedImage mounted;
            try
            {
                mounted = MountedImage.Open(settings);
            }
            catch (ToolError e)
            {
                report.Add("layout", Severity.Problem, e.Message);
                return report;
            }

            report.Mounted = mounted;
            // A card image holds more than pstore: the checks walk the partition's bytes.
            bytes = card ? mounted.Image.OriginalBytes : bytes;
            if (!CheckLayout(mounted, bytes, report))
            {
                // Zones and segments read under the wrong sizes would only repeat the layout problem.
                report.Add("layout", Severity.Note, "zones, segments and records are checked once the sizes match");
                return report;
            }

            DmesgZoneCheck.Run(bytes, mounted.Store.Layout, report.Findings);
            PmsgSegmentCheck.Run(bytes, mounted.Store.Layout, mounted.Image.Device.EraseSize, report.Findings);
            report.Records = mounted.Store.ListRecords();
            MountReport mount = mounted.Store.Report;
            if (mount.PmsgCorruptChunks > 0)
            {
                // The engine's own count confirms what the segment walk found; alone, it is the problem.
                bool located = report.Findings.Exists(f => f.Section == "pmsg" && f.Severity == Severity.Problem);
                report.Add("pmsg", located ? Severity.Note : Severity.Problem, "the engine skips " + mount.PmsgCorruptChunks +
                    " torn or corrupt chunk(s) (a power cut mid-write, or damage)");
            }

            report.Add("pmsg", Severity.Ok, mount.PmsgSegments + " segment(s) with a valid header, " + mount.PmsgBytes +
                " bytes readable; the next boot is boot " + mount.BootNumber);
            report.Add("records", Severity.Ok, report.Records.Length + " record(s); a mount on the device would erase " +
                mount.ErasesAtMount + " unit(s) to keep a dump zone and a pmsg segment ready");
            return report;
        }

        // False when the image holds another layout than the configured one.
        private static bool CheckLayout(MountedImage mounted, byte[] bytes, DoctorReport report)
        {
            ZoneLayout l = mounted.Store.Layout;
            report.Add("layout", Severity.Ok, mounted.DescribeLayout() + ", dmesg zone 0 at 0x" + l.DmesgOffset.ToString("X") + ", " +
                l.UnusedSize + " bytes unused; erase unit " + mounted.Image.Device.EraseSize + " bytes");
            if (mounted.Store.Report.LayoutMismatch || !LayoutProbe.Consistent(bytes, l.PmsgSize, l.DmesgZoneSize))
            {
                report.Add("layout", Severity.Problem, "the image was not written with this layout: " + LayoutAdvice.Found(mounted));
                return false;
            }
            else
            {
                report.Add("layout", Severity.Ok, "every pmsg segment header and dmesg signature is where this layout puts it");
                LayoutGuess guess = LayoutProbe.Guess(bytes);
                if (guess != null && guess.KmsgKnown && !guess.Matches(l.PmsgSize, l.DmesgZoneSize))
                {
                    // Consistent, yet the records are spaced as another layout would space them.
                    report.Add("layout", Severity.Note, "the records are spaced as in another layout: " + guess.Advice());
                }
            }

            return true;
        }
    }
}

using System.Collections.Generic;
using System.CommandLine;
using PstoreNano.Records;
using PstoreNano.Tool.Cli;

namespace PstoreNano.Tool.Commands
{
    /// <summary>
    /// pstore-tool erase: deletes one record or all of them and writes the image back. It asks first on a
    /// terminal; without a terminal to ask on it needs --yes. It refuses to touch an image formatted with
    /// another layout unless --reformat says to take the configured one.
    /// </summary>
    public static class EraseCommand
    {
        public static ToolCommand Create(ToolConsole console)
        {
            ToolCommand c = new ToolCommand("erase", "Delete one record, or all with --all, and write the image back (asks first).",
                "pstore-tool erase --image part.img dmesg-pstore_nor-3",
                "pstore-tool erase --image part.img --all --yes");
            ImageOptions image = new ImageOptions(c, true, "partition image to erase records in (written back)");
            Argument<string> name = new Argument<string>("NAME") { Description = "record to delete, as list shows it", Arity = ArgumentArity.ZeroOrOne };
            c.Arguments.Add(name);
            var all = Flags.Add(c, new Option<bool>("--all", "-a") { Description = "delete every record (pmsg and dmesg)" });
            var yes = Flags.Add(c, new Option<bool>("--yes", "-y") { Description = "do not ask; needed when standard input is not a terminal" });
            var reformat = Flags.Add(c, new Option<bool>("--reformat") { Description = "with --all: erase the whole image and take the configured layout (the way past an image of another layout)" });
            c.Validators.Add(r =>
            {
                bool hasName = r.GetValue(name) != null;
                if (hasName == r.GetValue(all))
                {
                    r.AddError(hasName ? "give a record NAME or --all, not both" : "give a record NAME to delete, or --all");
                }
                else if (r.GetValue(reformat) && hasName)
                {
                    r.AddError("--reformat erases the whole image: use it with --all, not with a record NAME");
                }
            });
            return c.Runs(p => Run(image.Read(p), p.GetValue(name), p.GetValue(yes), p.GetValue(reformat), console));
        }

        public static int Run(ImageSettings settings, string name, bool yes, bool reformat, ToolConsole console)
        {
            MountedImage mounted = MountedImage.Open(settings);
            if (reformat || mounted.Store.Report.LayoutMismatch)
            {
                return Reformat(mounted, reformat, yes, console);
            }

            List<PstoreRecord> targets = new List<PstoreRecord>();
            if (name != null)
            {
                targets.Add(RecordPrinter.Find(mounted, name));
            }
            else
            {
                targets.AddRange(mounted.Store.ListRecords());
            }

            if (targets.Count == 0)
            {
                console.Out.WriteLine("nothing to erase: " + mounted.Image.Path + " holds no records");
                return ExitCodes.Ok;
            }

            if (!Confirmation.Ask(console, yes, "erase " + Names(targets) + " from " + mounted.Image.Path))
            {
                console.Error.WriteLine("pstore-tool erase: not confirmed; nothing erased");
                return ExitCodes.Problem;
            }

            if (name != null)
            {
                mounted.Store.EraseRecord(targets[0]);
            }
            else
            {
                mounted.Store.EraseAll();
            }

            mounted.Image.Save();
            foreach (PstoreRecord r in targets)
            {
                console.Out.WriteLine("erased " + r.Name + " (" + r.Size + " bytes)");
            }

            console.Out.WriteLine(mounted.Store.ListRecords().Length + " record(s) left in " + mounted.Image.Path);
            return ExitCodes.Ok;
        }

        private static int Reformat(MountedImage mounted, bool reformat, bool yes, ToolConsole console)
        {
            if (!reformat)
            {
                // The engine refuses to write another layout's partition; so does erase, unless told to take the configured one.
                throw ToolError.Problem("--image " + mounted.Image.Path + ": " + LayoutAdvice.Found(mounted) + "; nothing erased. " +
                    "Pass --all --reformat to erase the whole image and take the configured layout");
            }

            if (!Confirmation.Ask(console, yes, "erase ALL of " + mounted.Image.Path + " and take the configured layout"))
            {
                console.Error.WriteLine("pstore-tool erase: not confirmed; nothing erased");
                return ExitCodes.Problem;
            }

            mounted.Store.Reformat();
            mounted.Image.Save();
            console.Out.WriteLine("reformatted " + mounted.Image.Path + ": every record erased, now " + mounted.DescribeLayout());
            return ExitCodes.Ok;
        }

        private static string Names(List<PstoreRecord> records)
        {
            return records.Count == 1 ? records[0].Name : records.Count + " records (" + string.Join(", ", records.ConvertAll(r => r.Name)) + ")";
        }
    }
}

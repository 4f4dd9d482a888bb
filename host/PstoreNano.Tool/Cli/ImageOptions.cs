using System.CommandLine;
using System.CommandLine.Parsing;

namespace PstoreNano.Tool.Cli
{
    /// <summary>What a command reads from the options every image command shares.</summary>
    public sealed class ImageSettings
    {
        public string ImagePath { get; set; }

        public string ConfigPath { get; set; }

        public string Medium { get; set; } = "nor";

        /// <summary>--kmsg-size in KiB, or -1 when not given (nf.config's value holds).</summary>
        public int KmsgSizeKiB { get; set; } = -1;

        /// <summary>--pmsg-size in KiB, or -1 when not given.</summary>
        public int PmsgSizeKiB { get; set; } = -1;

        /// <summary>--partition (SD: MBR partition 1..4), or 0 when not given.</summary>
        public int Partition { get; set; }
    }

    /// <summary>
    /// --image, --config, --medium, --partition, --kmsg-size and --pmsg-size: one set per command (System.CommandLine
    /// options belong to the command they are added to).
    /// </summary>
    public sealed class ImageOptions
    {
        public readonly Option<string> Image;
        public readonly Option<string> Config = ConfigOption.Create();
        public readonly Option<string> Medium = new Option<string>("--medium", "-m")
        {
            Description = "nor: the SPI NOR driver stack on a simulated W25Q128JV; block: 512-byte sectors (Linux pstore/blk); " +
                "sd: a whole SD card image (MBR), through the SD driver stack on a simulated card",
            HelpName = "nor|block|sd",
            DefaultValueFactory = _ => "nor",
        };

        public readonly Option<int> Partition = new Option<int>("--partition")
        {
            Description = "with --medium sd: MBR partition (1..4) that holds pstore; default nf.config's, else the first of type 0xDA",
            HelpName = "N",
        };

        public readonly Option<int?> KmsgSize = KiBOption("--kmsg-size", "dmesg zone size in KiB, overriding nf.config (Linux's kmsg_size)");
        public readonly Option<int?> PmsgSize = KiBOption("--pmsg-size", "pmsg ring size in KiB, overriding nf.config (Linux's pmsg_size)");

        public ImageOptions(Command command, bool imageRequired, string imageDescription)
        {
            Image = new Option<string>("--image", "-i") { Description = imageDescription, HelpName = "FILE", Required = imageRequired };
            Medium.AcceptOnlyFromAmong("nor", "block", "sd");
            Partition.Validators.Add(r =>
            {
                int n = r.GetValueOrDefault<int>();
                if (n < 1 || n > 4)
                {
                    r.AddError("--partition takes an MBR partition number 1..4, found " + n);
                }
            });
            command.Options.Add(Image);
            command.Options.Add(Config);
            command.Options.Add(Medium);
            command.Options.Add(Partition);
            command.Validators.Add(r =>
            {
                if (r.GetResult(Partition) != null && r.GetValue(Medium) != "sd")
                {
                    r.AddError("--partition names an MBR partition of an SD card image: use it with --medium sd");
                }
            });
            command.Options.Add(KmsgSize);
            command.Options.Add(PmsgSize);
        }

        public ImageSettings Read(ParseResult p)
        {
            return new ImageSettings
            {
                ImagePath = p.GetValue(Image),
                ConfigPath = p.GetValue(Config),
                Medium = p.GetValue(Medium),
                KmsgSizeKiB = p.GetValue(KmsgSize) ?? -1,
                PmsgSizeKiB = p.GetValue(PmsgSize) ?? -1,
                Partition = p.GetValue(Partition),
            };
        }

        // Sizes as nf.config takes them: KiB, multiples of 4; an option not given reads null.
        private static Option<int?> KiBOption(string name, string description)
        {
            return new Option<int?>(name) { Description = description, HelpName = "KiB", CustomParser = ParseKiB };
        }

        private static int? ParseKiB(ArgumentResult result)
        {
            string option = ((OptionResult)result.Parent).Option.Name;
            string text = result.Tokens.Count == 0 ? "" : result.Tokens[0].Value;
            if (!int.TryParse(text, out int kib) || kib < 0 || kib % 4 != 0)
            {
                result.AddError(option + " takes a size in KiB, a multiple of 4 (0 disables the zone), found \"" + text + "\"");
                return null;
            }

            return kib;
        }
    }
}

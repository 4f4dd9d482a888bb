using System;
using System.IO;

namespace PstoreNano.Tool
{
    /// <summary>pstore-tool: runs the engine on the host, over flash image files.</summary>
    public static class Program
    {
        public static int Main(string[] args)
        {
            if (args.Length == 0 || args[0] == "help" || args[0] == "--help" || args[0] == "-h")
            {
                PrintUsage(Console.Out);
                return args.Length == 0 ? 2 : 0;
            }

            Options options;
            try
            {
                options = Options.Parse(args, 1);
            }
            catch (ArgumentException e)
            {
                Console.Error.WriteLine("pstore-tool: " + e.Message);
                return 2;
            }

            try
            {
                switch (args[0])
                {
                    case "demo":
                        return DemoCommand.Run(options, Console.Out);
                    case "list":
                        return ImageCommands.List(options, Console.Out);
                    case "cat":
                        return ImageCommands.Cat(options, Console.Out);
                    case "erase":
                        return ImageCommands.Erase(options, Console.Out);
                    case "genconfig":
                        return ConfigGenerator.Run(options, Console.Out);
                    case "campaign":
                        return CampaignCommand.Run(options, Console.Out);
                    case "bench":
                        return BenchCommand.Run(options, Console.Out);
                    default:
                        Console.Error.WriteLine("pstore-tool: unknown command \"" + args[0] + "\"");
                        PrintUsage(Console.Error);
                        return 2;
                }
            }
            catch (Exception e) when (e is IOException || e is ArgumentException || e is InvalidOperationException)
            {
                Console.Error.WriteLine("pstore-tool: " + e.Message);
                return 1;
            }
        }

        private static void PrintUsage(TextWriter w)
        {
            w.WriteLine("usage: pstore-tool <command> [options]");
            w.WriteLine();
            w.WriteLine("commands:");
            w.WriteLine("  demo                 log to pmsg, crash, reboot, and print the recovered records");
            w.WriteLine("  list  --image FILE   list the records in a partition image");
            w.WriteLine("  cat   --image FILE NAME   print one record (dmesg records written compressed by Linux are inflated)");
            w.WriteLine("  erase --image FILE NAME|--all   delete a record, or all");
            w.WriteLine("  genconfig            regenerate firmware/PstoreNano/Config/NfConfigDefaults.cs from nf.config");
            w.WriteLine("  campaign [--long] [--seeds N] [--seed N]   power-loss campaign on the simulated NOR stack");
            w.WriteLine("  campaign --replay \"seed=.. op=.. frac=.. [second=.. frac2=..] [writes=..]\"   replay one failed case");
            w.WriteLine("  bench [--smoke]      benchmark on the simulated NOR stack against the chip's physical bounds");
            w.WriteLine();
            w.WriteLine("options:");
            w.WriteLine("  --image FILE         partition image (demo: default <temp>/pstore-demo.img)");
            w.WriteLine("  --config FILE        nf.config to use (default: the repository's nf.config, else built-in defaults)");
            w.WriteLine("  --medium nor|block   nor: the NOR driver stack on a simulated W25Q128JV (default); block: 512-byte sectors");
            w.WriteLine("  --kmsg-size KiB      dmesg zone size, overriding the configuration (Linux's kmsg_size)");
            w.WriteLine("  --pmsg-size KiB      pmsg ring size, overriding the configuration (Linux's pmsg_size)");
            w.WriteLine("  --keep               demo: keep an existing image (boot numbers and counters go on)");
        }
    }
}

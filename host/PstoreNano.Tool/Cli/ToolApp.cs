using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.CommandLine.Parsing;
using System.IO;
using PstoreNano.Config;
using PstoreNano.Devices;
using PstoreNano.Tool.Commands;
using PstoreNano.Tool.Doctor;

namespace PstoreNano.Tool.Cli
{
    /// <summary>
    /// The command line: every command, strict parsing, and the exit codes (0 ok, 1 data or device problem,
    /// 2 usage). Bad input of any kind ends in one message on standard error, never a stack trace.
    /// </summary>
    public static class ToolApp
    {
        public const string Name = "pstore-tool";

        public static int Run(string[] args, ToolConsole console)
        {
            RootCommand root = Build(console);
            if (args.Length == 0)
            {
                // No command: the overview of every command, on standard error as for any usage error.
                root.Parse(new[] { "--help" }).Invoke(new InvocationConfiguration { Output = console.Error });
                return ExitCodes.Usage;
            }

            ParseResult parse = root.Parse(HelpWord(args), new ParserConfiguration { EnablePosixBundling = true });
            string command = CommandPath(parse.CommandResult);
            if (parse.Action is ParseErrorAction)
            {
                foreach (ParseError error in parse.Errors)
                {
                    console.Error.WriteLine(command + ": " + error.Message);
                }

                console.Error.WriteLine("Run '" + command + " --help' for its options and examples.");
                return ExitCodes.Usage;
            }

            try
            {
                return parse.Invoke(new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false });
            }
            catch (ToolError e)
            {
                console.Error.WriteLine(command + ": " + e.Message);
                return e.ExitCode;
            }
            catch (Exception e) when (e is PstoreConfigException || e is ZoneDeviceException || e is IOException || e is InvalidOperationException)
            {
                // A configuration value the command line overrode, a device the image cannot be, a file system
                // error, a store that refuses a write (its messages say what to do).
                console.Error.WriteLine(command + ": " + (e is ZoneDeviceException ? "the image could not be read as a partition: " : "") + e.Message);
                return ExitCodes.Problem;
            }
        }

        public static RootCommand Build(ToolConsole console)
        {
            RootCommand root = new RootCommand("Read, check and erase PstoreNano and Linux pstore/blk partition images; " +
                "run the engine on the simulated NOR stack.");
            root.Subcommands.Add(ListCommand.Create(console));
            root.Subcommands.Add(CatCommand.Create(console));
            root.Subcommands.Add(ExtractCommand.Create(console));
            root.Subcommands.Add(DoctorCommand.Create(console));
            root.Subcommands.Add(EraseCommand.Create(console));
            root.Subcommands.Add(DemoCommand.Create(console));
            root.Subcommands.Add(GenconfigCommand.Create(console));
            root.Subcommands.Add(CampaignCommand.Create(console));
            root.Subcommands.Add(BenchCommand.Create(console));
            root.Subcommands.Add(FuzzCommand.Create(console));
            foreach (Option option in root.Options)
            {
                if (option is HelpOption help)
                {
                    help.Action = new HelpWithExamples((HelpAction)help.Action);
                }
                else if (option is VersionOption version)
                {
                    version.Action = new ToolVersion();
                }
            }

            return root;
        }

        // "pstore-tool help list" reads as "pstore-tool list --help".
        private static string[] HelpWord(string[] args)
        {
            if (args.Length == 0 || args[0] != "help")
            {
                return args;
            }

            List<string> rest = new List<string>(args);
            rest.RemoveAt(0);
            rest.Add("--help");
            return rest.ToArray();
        }

        private static string CommandPath(CommandResult result)
        {
            return result.Parent is CommandResult parent ? CommandPath(parent) + " " + result.Command.Name : Name;
        }
    }
}

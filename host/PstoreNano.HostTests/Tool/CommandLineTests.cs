using nanoFramework.TestFramework;

namespace PstoreNano.HostTests.Tool
{
    /// <summary>Parsing as a user meets it: help per command, version, option forms, strictness, exit codes.</summary>
    [TestClass]
    public class CommandLineTests
    {
        private static readonly string[] Commands = { "list", "cat", "extract", "doctor", "erase", "demo", "genconfig", "campaign", "bench", "fuzz" };

        [TestMethod]
        public void EveryCommandHasHelpWithDescriptionAndExample()
        {
            foreach (string command in Commands)
            {
                ToolRun run = ToolRun.Of(command, "--help").Exits(0);
                run.SaysOnStdout("Description:", "Usage:", "pstore-tool " + command, "Examples:", "  pstore-tool " + command + " ",
                    "Exit codes: 0 ok, 1 data or device problem, 2 usage error.");
            }
        }

        [TestMethod]
        public void HelpWordAndShortFormShowTheSameHelp()
        {
            string help = ToolRun.Of("list", "--help").Stdout;
            Assert.AreEqual(help, ToolRun.Of("help", "list").Exits(0).Stdout);
            Assert.AreEqual(help, ToolRun.Of("list", "-h").Exits(0).Stdout);
        }

        [TestMethod]
        public void TopLevelHelpListsTheCommands()
        {
            ToolRun run = ToolRun.Of("--help").Exits(0);
            foreach (string command in Commands)
            {
                run.SaysOnStdout("  " + command + " ");
            }
        }

        [TestMethod]
        public void VersionPrintsTheAssemblyVersion()
        {
            ToolRun run = ToolRun.Of("--version").Exits(0);
            Assert.IsTrue(run.Stdout.StartsWith("pstore-tool 1."), run.Stdout);
        }

        [TestMethod]
        public void LongOptionTakesItsValueAfterAnEqualsSign()
        {
            string image = TestImages.Fixture("plain.img");
            string spaced = ToolRun.Of(TestImages.Args(new[] { "list", "--image", image }, TestImages.LinuxLayout)).Exits(0).Stdout;
            Assert.AreEqual(spaced, ToolRun.Of("list", "--image=" + image, "--medium=block", "--kmsg-size=64", "--pmsg-size=0").Exits(0).Stdout);
            Assert.AreEqual(spaced, ToolRun.Of("list", "-i", image, "-m", "block", "--kmsg-size", "64", "--pmsg-size", "0").Exits(0).Stdout);
        }

        [TestMethod]
        public void NoCommandIsAUsageError()
        {
            ToolRun run = ToolRun.Of().Exits(2).SaysOnStderr("Usage:", "Commands:", "  doctor ");
            Assert.AreEqual("", run.Stdout);
        }

        [TestMethod]
        public void UnknownCommandIsAUsageErrorNamingIt()
        {
            ToolRun.Of("lsit").Exits(2).SaysOnStderr("lsit");
        }

        [TestMethod]
        public void UnknownOptionIsAUsageErrorNamingIt()
        {
            ToolRun.Of("list", "--image", "x.img", "--bogus").Exits(2).SaysOnStderr("--bogus", "pstore-tool list --help");
            ToolRun.Of("list", "--image", "x.img", "-z").Exits(2).SaysOnStderr("-z");
        }

        [TestMethod]
        public void ExtraArgumentIsAUsageError()
        {
            ToolRun.Of("demo", "extra-arg").Exits(2).SaysOnStderr("extra-arg");
            ToolRun.Of("cat", "--image", "x.img", "one", "two").Exits(2).SaysOnStderr("two");
        }

        [TestMethod]
        public void AnotherCommandsOptionIsAUsageError()
        {
            ToolRun.Of("list", "--image", "x.img", "--smoke").Exits(2).SaysOnStderr("--smoke");
            ToolRun.Of("list", "--image", "x.img", "--seeds", "5").Exits(2).SaysOnStderr("--seeds");
        }

        [TestMethod]
        public void EraseTakesANameOrAllButNotBoth()
        {
            ToolRun.Of("erase", "--image", "x.img", "--all", "dmesg-pstore_nor-0").Exits(2).SaysOnStderr("NAME or --all, not both");
            ToolRun.Of("erase", "--image", "x.img").Exits(2).SaysOnStderr("--all");
        }

        [TestMethod]
        public void MissingRequiredOptionIsAUsageError()
        {
            ToolRun.Of("list").Exits(2).SaysOnStderr("--image");
            ToolRun.Of("extract", "--image", "x.img").Exits(2).SaysOnStderr("--out");
        }

        [TestMethod]
        public void OptionWithoutItsValueIsAUsageError()
        {
            ToolRun.Of("list", "--image").Exits(2).SaysOnStderr("--image");
        }

        [TestMethod]
        public void BadValuesAreUsageErrorsNamingTheOption()
        {
            ToolRun.Of("list", "--image", "x.img", "--kmsg-size", "abc").Exits(2).SaysOnStderr("--kmsg-size", "\"abc\"", "KiB");
            ToolRun.Of("list", "--image", "x.img", "--pmsg-size", "6").Exits(2).SaysOnStderr("--pmsg-size", "multiple of 4");
            ToolRun.Of("list", "--image", "x.img", "--medium", "tape").Exits(2).SaysOnStderr("tape");
            ToolRun.Of("campaign", "--seeds", "0").Exits(2).SaysOnStderr("--seeds", "positive");
        }

        [TestMethod]
        public void ReplayDoesNotMixWithSeedOptions()
        {
            ToolRun.Of("campaign", "--replay", "seed=1 op=1 frac=1", "--long").Exits(2).SaysOnStderr("--replay");
        }

        [TestMethod]
        public void MalformedReplayCaseIsAUsageError()
        {
            ToolRun.Of("campaign", "--replay", "seed=1 frac=0.5").Exits(2).SaysOnStderr("--replay", "op=");
            ToolRun.Of("fuzz", "--replay", "case=3").Exits(2).SaysOnStderr("--replay", "seed=<n> case=<n>");
            ToolRun.Of("fuzz", "--replay", "seed=1 case=3", "--cases", "5").Exits(2).SaysOnStderr("--replay runs one case");
        }
    }
}

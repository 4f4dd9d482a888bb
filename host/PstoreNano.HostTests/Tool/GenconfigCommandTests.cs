using System;
using System.IO;
using nanoFramework.TestFramework;
using PstoreNano.HostTests.Build;
using PstoreNano.Tool.Commands;

namespace PstoreNano.HostTests.Tool
{
    /// <summary>genconfig reads --config, writes nothing on a bad one, and leaves an unchanged file alone.</summary>
    [TestClass]
    public class GenconfigCommandTests
    {
        private static string Generated
        {
            get { return RepoPaths.File(GenconfigCommand.GeneratedPath); }
        }

        [TestMethod]
        public void UnchangedDefaultsAreNotRewritten()
        {
            // Never let the test itself rewrite the checkout: NfConfigDefaultsTests reports a stale file.
            Assert.AreEqual(GenconfigCommand.Generate(File.ReadAllText(RepoPaths.File("nf.config"))), File.ReadAllText(Generated));
            DateTime before = File.GetLastWriteTimeUtc(Generated);
            ToolRun.Of("genconfig").Exits(0).SaysOnStdout("already matches", "not rewritten");
            Assert.AreEqual(before, File.GetLastWriteTimeUtc(Generated));
        }

        [TestMethod]
        public void ConfigOptionIsRead()
        {
            string path = Path.Combine(TestImages.Folder(), "board.config");
            File.WriteAllText(path, "# the same values, other comments\n" + File.ReadAllText(RepoPaths.File("nf.config")));
            ToolRun.Of("genconfig", "--config", path).Exits(0).SaysOnStdout("already matches " + path);
        }

        [TestMethod]
        public void BadConfigWritesNothingAndSaysSo()
        {
            string path = Path.Combine(TestImages.Folder(), "bad.config");
            File.WriteAllText(path, "CONFIG_PSTORE_BLK_KMSG_SIZE=6\n");
            DateTime before = File.GetLastWriteTimeUtc(Generated);
            ToolRun run = ToolRun.Of("genconfig", "--config", path).Exits(1)
                .SaysOnStderr("--config " + path, "CONFIG_PSTORE_BLK_KMSG_SIZE", "multiple of 4", "was not written");
            Assert.IsFalse(run.Stdout.Contains("wrote"), run.Stdout);
            Assert.AreEqual(before, File.GetLastWriteTimeUtc(Generated));
            ToolRun.Of("genconfig", "--config", path + ".missing").Exits(1).SaysOnStderr("no such file");
        }

        [TestMethod]
        public void ANewConfigIsWrittenOnceThenLeftAlone()
        {
            string root = TestImages.Folder();
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, GenconfigCommand.GeneratedPath)));
            string config = Path.Combine(root, "nf.config");
            File.WriteAllText(config, "CONFIG_PSTORE_BLK_KMSG_SIZE=8\n");
            StringWriter first = new StringWriter();
            Assert.AreEqual(0, GenconfigCommand.Run(config, root, first));
            Assert.IsTrue(first.ToString().StartsWith("wrote "), first.ToString());
            Assert.IsTrue(File.ReadAllText(Path.Combine(root, GenconfigCommand.GeneratedPath)).Contains("CONFIG_PSTORE_BLK_KMSG_SIZE=8"));
            StringWriter second = new StringWriter();
            Assert.AreEqual(0, GenconfigCommand.Run(config, root, second));
            Assert.IsTrue(second.ToString().Contains("not rewritten"), second.ToString());
        }
    }
}

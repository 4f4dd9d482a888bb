using System.IO;
using nanoFramework.TestFramework;

namespace PstoreNano.HostTests.Tool
{
    /// <summary>extract writes the files /sys/fs/pstore would show, with Linux's names and bytes.</summary>
    [TestClass]
    public class ExtractCommandTests
    {
        [TestMethod]
        public void LinuxImagesExtractToTheFilesLinuxShowed()
        {
            foreach (string kind in new[] { "plain", "deflate" })
            {
                string output = Path.Combine(TestImages.Folder(), "pstore");
                ToolRun.Of(TestImages.Args(new[] { "extract", "--image", TestImages.Fixture(kind + ".img"), "--out", output }, TestImages.LinuxLayout))
                    .Exits(0).SaysOnStdout("extracted");
                string[] expected = Directory.GetFiles(TestImages.Fixture(kind));
                Assert.AreEqual(expected.Length, Directory.GetFiles(output).Length, kind);
                foreach (string linux in expected)
                {
                    string ours = Path.Combine(output, Path.GetFileName(linux));
                    Assert.IsTrue(File.Exists(ours), "missing " + ours);
                    Assert.AreEqual(File.ReadAllText(linux), File.ReadAllText(ours), ours);
                }
            }
        }

        [TestMethod]
        public void DemoImageExtractsDmesgAndPmsg()
        {
            string output = Path.Combine(TestImages.Folder(), "out");
            ToolRun.Of("extract", "-i", TestImages.Demo(), "-o", output).Exits(0);
            Assert.IsTrue(File.ReadAllText(Path.Combine(output, "dmesg-pstore_nor-0")).StartsWith("Panic: Total 1 times"));
            Assert.IsTrue(File.ReadAllText(Path.Combine(output, "pmsg-pstore_nor-0")).Contains("pump: valve 2 opened"));
        }

        [TestMethod]
        public void ARecordThatDoesNotInflateIsKeptRawAsLinuxNamesIt()
        {
            string output = Path.Combine(TestImages.Folder(), "out");
            ToolRun run = ToolRun.Of(TestImages.Args(new[] { "extract", "--image", ReadCommandTests.DamagedDeflate(), "--out", output }, TestImages.LinuxLayout));
            run.Exits(1).SaysOnStderr("dmesg-pstore_blk-0 is compressed", "dmesg-pstore_blk-0.enc.z");
            Assert.IsTrue(File.Exists(Path.Combine(output, "dmesg-pstore_blk-0.enc.z")));
            Assert.IsFalse(File.Exists(Path.Combine(output, "dmesg-pstore_blk-0")));
        }

        [TestMethod]
        public void OutThatIsAFileIsRefused()
        {
            string file = Path.Combine(TestImages.Folder(), "taken");
            File.WriteAllText(file, "");
            ToolRun.Of("extract", "-i", TestImages.Demo(), "-o", file).Exits(1).SaysOnStderr("--out " + file, "is a file");
        }
    }
}

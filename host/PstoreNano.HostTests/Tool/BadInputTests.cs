using System.IO;
using nanoFramework.TestFramework;

namespace PstoreNano.HostTests.Tool
{
    /// <summary>Bad input ends in a message that names what the user typed and what to do, exit 1, no .NET exception text.</summary>
    [TestClass]
    public class BadInputTests
    {
        [TestMethod]
        public void MissingImageNamesTheFile()
        {
            string path = Path.Combine(TestImages.Folder(), "nothing.img");
            ToolRun.Of("list", "--image", path).Exits(1).SaysOnStderr("--image " + path, "no such file");
        }

        [TestMethod]
        public void DirectoryGivenAsImageIsNamedAsOne()
        {
            string dir = TestImages.Folder();
            ToolRun.Of("doctor", "--image", dir).Exits(1).SaysOnStderr("--image " + dir, "is a directory");
        }

        [TestMethod]
        public void EmptyImageIsCalledEmpty()
        {
            string path = Path.Combine(TestImages.Folder(), "empty.img");
            File.WriteAllBytes(path, new byte[0]);
            ToolRun.Of("list", "--image", path).Exits(1).SaysOnStderr("--image " + path, "the file is empty", "4 KiB");
            ToolRun.Of("list", "--image", path, "--medium", "block").Exits(1).SaysOnStderr("the file is empty");
            ToolRun.Of("list", "--image", "").Exits(1).SaysOnStderr("--image was given an empty file name");
        }

        [TestMethod]
        public void TruncatedImageIsCalledTruncated()
        {
            string path = Path.Combine(TestImages.Folder(), "short.img");
            File.WriteAllBytes(path, new byte[5000]);
            ToolRun.Of("cat", "--image", path, "x").Exits(1).SaysOnStderr("5000 bytes", "4 KiB", "truncated");
        }

        [TestMethod]
        public void ImageLargerThanTheChipSaysSo()
        {
            string path = Path.Combine(TestImages.Folder(), "huge.img");
            File.WriteAllBytes(path, new byte[32 * 1024 * 1024]);
            ToolRun.Of("list", "--image", path).Exits(1).SaysOnStderr("--image " + path, "does not fit the 16 MiB W25Q128JV");
        }

        [TestMethod]
        public void WrongSizesNameTheOptionAndSuggestTheRightOnes()
        {
            string image = TestImages.Fixture("plain.img");
            ToolRun.Of("list", "--image", image, "--medium", "block", "--kmsg-size", "64", "--pmsg-size", "512").Exits(1)
                .SaysOnStderr("--pmsg-size 512", "does not fit the 256 KiB partition", "use --pmsg-size 0 --kmsg-size 64");
            ToolRun.Of("list", "--image", image, "--medium", "block").Exits(1)
                .SaysOnStderr("override with --kmsg-size", "use --pmsg-size 0 --kmsg-size 64");
        }

        [TestMethod]
        public void SizesThatLeaveOneFlashZoneSayWhichOptionToChange()
        {
            string path = Path.Combine(TestImages.Folder(), "one-zone.img");
            ToolRun run = ToolRun.Of("demo", "--image", path, "--pmsg-size", "960", "--kmsg-size", "64").Exits(1)
                .SaysOnStderr("--kmsg-size 64", "one 64 KiB dmesg zone", "a smaller --kmsg-size or --pmsg-size");
            Assert.IsFalse(run.Stderr.Contains("CONFIG_"), run.Stderr);
        }

        [TestMethod]
        public void MissingConfigFileIsNamed()
        {
            string path = Path.Combine(TestImages.Folder(), "nf.config");
            ToolRun.Of("list", "--image", TestImages.Fixture("plain.img"), "--config", path).Exits(1)
                .SaysOnStderr("--config " + path, "no such file");
        }

        [TestMethod]
        public void BadConfigFileNamesTheFileAndTheKey()
        {
            string path = Path.Combine(TestImages.Folder(), "nf.config");
            File.WriteAllText(path, "CONFIG_PSTORE_BLK_KMSG_SIZE=banana\n");
            ToolRun.Of("list", "--image", TestImages.Fixture("plain.img"), "--config", path).Exits(1)
                .SaysOnStderr("--config " + path, "CONFIG_PSTORE_BLK_KMSG_SIZE", "banana", "fix that line");
            File.WriteAllText(path, "this is not kconfig\n");
            ToolRun.Of("list", "--image", TestImages.Fixture("plain.img"), "--config", path).Exits(1)
                .SaysOnStderr("--config " + path, "line 1");
        }

        [TestMethod]
        public void UnknownRecordNameListsTheRecordsThere()
        {
            ToolRun.Of(TestImages.Args(new[] { "cat", "--image", TestImages.Fixture("plain.img"), "dmesg-pstore_blk-9" }, TestImages.LinuxLayout))
                .Exits(1).SaysOnStderr("no record named dmesg-pstore_blk-9", "dmesg-pstore_blk-0, dmesg-pstore_blk-1");
        }
    }
}

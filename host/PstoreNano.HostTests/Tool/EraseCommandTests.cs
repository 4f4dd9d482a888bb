using System.IO;
using nanoFramework.TestFramework;

namespace PstoreNano.HostTests.Tool
{
    /// <summary>erase asks on a terminal, needs --yes without one, and prints what it erased.</summary>
    [TestClass]
    public class EraseCommandTests
    {
        [TestMethod]
        public void WithoutATerminalEraseNeedsYesAndLeavesTheImage()
        {
            string image = TestImages.Demo();
            byte[] before = File.ReadAllBytes(image);
            ToolRun.Of("erase", "--image", image, "--all").Exits(2).SaysOnStderr("not a terminal", "--yes");
            CollectionAssertEqual(before, File.ReadAllBytes(image));
        }

        [TestMethod]
        public void YesErasesOneRecordAndSaysWhich()
        {
            string image = TestImages.Demo();
            ToolRun.Of("erase", "--image", image, "dmesg-pstore_nor-0", "-y").Exits(0)
                .SaysOnStdout("erased dmesg-pstore_nor-0", "1 record(s) left");
            ToolRun list = ToolRun.Of("list", "--image", image).Exits(0);
            Assert.IsFalse(list.Stdout.Contains("dmesg-pstore_nor-0"), list.Stdout);
            list.SaysOnStdout("pmsg-pstore_nor-0");
        }

        [TestMethod]
        public void AllErasesEveryRecordAndNamesEach()
        {
            string image = TestImages.Demo();
            ToolRun.Of("erase", "--image", image, "--all", "--yes").Exits(0)
                .SaysOnStdout("erased dmesg-pstore_nor-0", "erased pmsg-pstore_nor-0", "0 record(s) left");
            ToolRun.Of("list", "--image", image).Exits(0).SaysOnStdout("(no records)");
            ToolRun.Of("erase", "--image", image, "--all", "--yes").Exits(0).SaysOnStdout("nothing to erase");
        }

        [TestMethod]
        public void BundledShortOptionsReadAsEach()
        {
            ToolRun.Of("erase", "-i", TestImages.Demo(), "-ay").Exits(0).SaysOnStdout("erased dmesg-pstore_nor-0", "erased pmsg-pstore_nor-0");
        }

        [TestMethod]
        public void OnATerminalEraseAsksAndANoKeepsTheImage()
        {
            string image = TestImages.Demo();
            byte[] before = File.ReadAllBytes(image);
            ToolRun.Typing("n\n", "erase", "--image", image, "--all").Exits(1)
                .SaysOnStderr("Erase 2 records (dmesg-pstore_nor-0, pmsg-pstore_nor-0) from " + image + "? [y/N]", "nothing erased");
            CollectionAssertEqual(before, File.ReadAllBytes(image));
        }

        [TestMethod]
        public void OnATerminalAYesErases()
        {
            string image = TestImages.Demo();
            ToolRun.Typing("y\n", "erase", "--image", image, "pmsg-pstore_nor-0").Exits(0).SaysOnStdout("erased pmsg-pstore_nor-0");
        }

        [TestMethod]
        public void ErasingARecordThatIsNotThereChangesNothing()
        {
            string image = TestImages.Demo();
            byte[] before = File.ReadAllBytes(image);
            ToolRun.Of("erase", "--image", image, "dmesg-pstore_nor-7", "--yes").Exits(1).SaysOnStderr("no record named dmesg-pstore_nor-7");
            CollectionAssertEqual(before, File.ReadAllBytes(image));
        }

        private static void CollectionAssertEqual(byte[] expected, byte[] actual)
        {
            Assert.IsTrue(System.Linq.Enumerable.SequenceEqual(expected, actual), "the image changed");
        }
    }
}

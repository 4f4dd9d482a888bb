using System.IO;
using nanoFramework.TestFramework;

namespace PstoreNano.HostTests.Tool
{
    /// <summary>
    /// An image formatted with other sizes than the configured ones: every command says which sizes it
    /// holds, erase destroys nothing unless --reformat asks for the configured layout.
    /// </summary>
    [TestClass]
    public class LayoutMismatchTests
    {
        private const string Advice = "this image holds a 64 KiB pmsg ring and 4 KiB dmesg zones; use --pmsg-size 64 --kmsg-size 4";

        /// <summary>A demo image written with a 64 KiB ring and 4 KiB zones, read with nf.config's 256 and 64.</summary>
        private static string SmallZonesImage()
        {
            string path = Path.Combine(TestImages.Folder(), "small.img");
            ToolRun.Of("demo", "--image", path, "--pmsg-size", "64", "--kmsg-size", "4").Exits(0);
            return path;
        }

        [TestMethod]
        public void ReadCommandsNameTheSizesTheImageHolds()
        {
            string image = SmallZonesImage();
            ToolRun.Of("list", "--image", image).Exits(1).SaysOnStderr(Advice);
            ToolRun.Of("cat", "--image", image, "dmesg-pstore_nor-0").Exits(1).SaysOnStderr(Advice);
            ToolRun.Of("extract", "--image", image, "--out", TestImages.Folder()).Exits(1).SaysOnStderr(Advice);
            ToolRun.Of("list", "--image", image, "--pmsg-size", "64", "--kmsg-size", "4").Exits(0).SaysOnStdout("dmesg-pstore_nor-0");
        }

        [TestMethod]
        public void DoctorReportsTheLayoutProblem()
        {
            ToolRun.Of("doctor", "--image", SmallZonesImage()).Exits(1)
                .SaysOnStdout("PROBLEM the image was not written with this layout: " + Advice, "verdict: 1 problem(s) found (layout)");
        }

        [TestMethod]
        public void EraseRefusesAndDestroysNothing()
        {
            string image = SmallZonesImage();
            byte[] before = File.ReadAllBytes(image);
            ToolRun.Of("erase", "--image", image, "--all", "--yes").Exits(1).SaysOnStderr(Advice, "nothing erased", "--reformat");
            Assert.IsTrue(System.Linq.Enumerable.SequenceEqual(before, File.ReadAllBytes(image)), "erase changed the image");
        }

        [TestMethod]
        public void ReformatTakesTheConfiguredLayout()
        {
            string image = SmallZonesImage();
            ToolRun.Of("erase", "--image", image, "--all", "--reformat").Exits(2).SaysOnStderr("--yes");
            ToolRun.Of("erase", "--image", image, "--all", "--reformat", "--yes").Exits(0).SaysOnStdout("reformatted " + image, "pmsg ring 256 KiB");
            ToolRun.Of("list", "--image", image).Exits(0).SaysOnStdout("(no records)");
            ToolRun.Of("doctor", "--image", image).Exits(0);
        }

        [TestMethod]
        public void ReformatIsAWholeImageWipeAndNeedsAll()
        {
            string image = TestImages.Demo();
            ToolRun.Of("erase", "--image", image, "dmesg-pstore_nor-0", "--reformat").Exits(2).SaysOnStderr("--reformat", "--all");
            ToolRun.Of("erase", "--image", image, "--all", "--reformat", "--yes").Exits(0).SaysOnStdout("reformatted " + image);
            ToolRun.Of("doctor", "--image", image).Exits(0).SaysOnStdout("0 record(s)", "segment 0 at 0x0: erased (clean marker)", "segments 1-63 at 0x1000-0x3F000: reads erased");
        }
    }
}

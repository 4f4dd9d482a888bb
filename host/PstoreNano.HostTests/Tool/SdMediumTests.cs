using System.IO;
using nanoFramework.TestFramework;
using PstoreNano.Simulators.Sd;

namespace PstoreNano.HostTests.Tool
{
    /// <summary>--medium sd reads and writes whole-card images through the SD driver stack.</summary>
    [TestClass]
    public class SdMediumTests
    {
        [TestMethod]
        public void ListFindsThePstorePartitionByType()
        {
            ToolRun.Of("list", "--image", SdCardFiles.WithRecords(), "--medium", "sd").Exits(0)
                .SaysOnStdout("sd MBR partition 2 (type 0xDA)", "dmesg-pstore_blk-0", "pmsg-pstore_blk-0");
        }

        [TestMethod]
        public void CatShowsTheLinesTheEngineWrote()
        {
            ToolRun.Of("cat", "-i", SdCardFiles.WithRecords(), "-m", "sd", "--partition", "2", "pmsg-pstore_blk-0").Exits(0)
                .SaysOnStdout(SdCardFiles.Lines);
        }

        [TestMethod]
        public void ExtractWritesTheRecords()
        {
            string output = Path.Combine(TestImages.Folder(), "pstore");
            ToolRun.Of("extract", "-i", SdCardFiles.WithRecords(), "-m", "sd", "-o", output).Exits(0);
            StringAssertContains(File.ReadAllText(Path.Combine(output, "pmsg-pstore_blk-0")), SdCardFiles.Lines[1]);
            StringAssertContains(File.ReadAllText(Path.Combine(output, "dmesg-pstore_blk-0")), "pump stalled");
        }

        [TestMethod]
        public void EraseChangesOnlyThePartitionsSectors()
        {
            string image = SdCardFiles.WithRecords();
            byte[] before = File.ReadAllBytes(image);
            ToolRun.Of("erase", "-i", image, "-m", "sd", "--all", "--yes").Exits(0).SaysOnStdout("0 record(s) left");
            byte[] after = File.ReadAllBytes(image);
            Assert.AreEqual(before.Length, after.Length);
            long first = SdCardFiles.PstoreFirst * 512;
            long end = first + 2048 * 512;
            bool changed = false;
            for (long i = 0; i < before.Length; i++)
            {
                if (i < first || i >= end)
                {
                    Assert.AreEqual(before[i], after[i], "byte " + i + " outside the pstore partition changed");
                }
                else
                {
                    changed |= before[i] != after[i];
                }
            }

            Assert.IsTrue(changed, "erase changed nothing in the partition");
            ToolRun.Of("list", "-i", image, "-m", "sd").Exits(0).SaysOnStdout("(no records)");
        }

        [TestMethod]
        public void WithoutAPstoreTypeTheToolAsksForAPartition()
        {
            ListWithMbr(new long[] { 0x0C, 2048, 2048 }, new long[] { 0x83, 4096, 2048 })
                .SaysOnStderr("no MBR partition of type 0xDA", "Pass --partition N");
        }

        [TestMethod]
        public void DoctorChecksThePartition()
        {
            // The demo's card is erased (0xFF) as Blank makes it; a never-written card reads zeros instead.
            string image = Path.Combine(TestImages.Folder(), "card.img");
            ToolRun.Of("demo", "-i", image, "-m", "sd").Exits(0);
            ToolRun.Of("doctor", "-i", image, "-m", "sd").Exits(0).SaysOnStdout("zone 0 at 0x40000: Panic #1", "no damage");
        }

        [TestMethod]
        public void ACardDumpLargerThanAnArrayIsReadByItsPartition()
        {
            // 4 GiB (sparse): more than one .NET array holds, so only LBA 0 and the partition can have been read.
            string image = SdCardFiles.WithRecords();
            using (FileStream file = new FileStream(image, FileMode.Open))
            {
                file.SetLength(4L << 30);
            }

            ToolRun.Of("list", "-i", image, "-m", "sd").Exits(0).SaysOnStdout("dmesg-pstore_blk-0", "pmsg-pstore_blk-0");
            ToolRun.Of("erase", "-i", image, "-m", "sd", "--all", "--yes").Exits(0).SaysOnStdout("0 record(s) left");
            Assert.AreEqual(4L << 30, new FileInfo(image).Length);
            File.Delete(image);
        }

        [TestMethod]
        public void AnEmptyPartitionIsNamed()
        {
            ToolRun.Of("list", "-i", SdCardFiles.WithRecords(), "-m", "sd", "--partition", "4").Exits(1)
                .SaysOnStderr("--image", "partition 4", "MBR partition 4 is empty");
        }

        [TestMethod]
        public void GptSuperfloppyAndNoTableAreRefused()
        {
            SdStack gpt = SdCardFiles.Stack();
            SdCardImages.WriteProtectiveMbr(gpt.Card);
            ToolRun.Of("list", "-i", SdCardFiles.Save(gpt.Card), "-m", "sd").Exits(1).SaysOnStderr("GPT card");
            SdStack floppy = SdCardFiles.Stack();
            SdCardImages.WriteSuperfloppy(floppy.Card);
            ToolRun.Of("list", "-i", SdCardFiles.Save(floppy.Card), "-m", "sd").Exits(1).SaysOnStderr("superfloppy card");
            string bare = Path.Combine(TestImages.Folder(), "bare.img");
            File.WriteAllBytes(bare, new byte[1024 * 1024]);
            ToolRun.Of("list", "-i", bare, "-m", "sd").Exits(1).SaysOnStderr("--image " + bare, "no partition table");
        }

        [TestMethod]
        public void APartitionSmallerThanTheConfiguredSizeIsRefused()
        {
            ListWithMbr(new long[] { 0x0C, 2048, 2048 }, new long[] { 0xDA, 4096, 1024 })
                .SaysOnStderr("is larger than MBR partition 2 (type 0xDA) (512 KiB)", "CONFIG_PSTORENANO_PARTITION_SIZE");
        }

        [TestMethod]
        public void APartitionPastTheEndOfATruncatedDumpIsRefused()
        {
            string image = SdCardFiles.WithRecords();
            using (FileStream file = new FileStream(image, FileMode.Open))
            {
                file.SetLength(16000 * 512);
            }

            ToolRun.Of("list", "-i", image, "-m", "sd", "--partition", "3").Exits(1)
                .SaysOnStderr("--image " + image, "MBR partition 3 (type 0x83) (sectors 6144+10240) runs past the end", "truncated");
        }

        [TestMethod]
        public void PartitionNeedsTheSdMediumAndANumber()
        {
            string image = SdCardFiles.WithRecords();
            ToolRun.Of("list", "-i", image, "--partition", "2").Exits(2).SaysOnStderr("--partition", "--medium sd");
            ToolRun.Of("list", "-i", image, "-m", "sd", "--partition", "5").Exits(2).SaysOnStderr("--partition takes an MBR partition number 1..4");
        }

        [TestMethod]
        public void DemoWritesACardImage()
        {
            string image = Path.Combine(TestImages.Folder(), "card.img");
            ToolRun.Of("demo", "-i", image, "-m", "sd").Exits(0).SaysOnStdout("SDHC card");
            ToolRun.Of("list", "-i", image, "-m", "sd").Exits(0).SaysOnStdout("sd MBR partition 1 (type 0xDA)", "dmesg-pstore_blk-0");
        }

        // list on a copy of the test card whose LBA 0 holds these MBR entries; it must fail.
        private static ToolRun ListWithMbr(params long[][] entries)
        {
            SdStack stack = SdCardFiles.Stack();
            SdCardImages.WriteMbr(stack.Card, entries);
            return ToolRun.Of("list", "-i", SdCardFiles.Save(stack.Card), "-m", "sd").Exits(1);
        }

        private static void StringAssertContains(string text, string piece)
        {
            Assert.IsTrue(text.Contains(piece), "lacks \"" + piece + "\":\n" + text);
        }
    }
}

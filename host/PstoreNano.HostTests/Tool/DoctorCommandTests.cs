using System.IO;
using System.Text.Json;
using nanoFramework.TestFramework;
using PstoreNano.Zones.Pmsg;

namespace PstoreNano.HostTests.Tool
{
    /// <summary>doctor: a report per part of the image, a verdict line, exit 1 on a problem.</summary>
    [TestClass]
    public class DoctorCommandTests
    {
        [TestMethod]
        public void HealthyImageGetsAnOkVerdict()
        {
            ToolRun run = ToolRun.Of("doctor", "--image", TestImages.Demo()).Exits(0);
            run.SaysOnStdout("layout", "pmsg ring 256 KiB", "12 dmesg zone(s) of 64 KiB", "zone 0 at 0x40000: Panic #1",
                "segment 0 at 0x0: sequence 0, opened in boot 0, 4 valid chunk(s), 172 payload bytes", "reads erased", "dmesg-pstore_nor-0",
                "verdict: OK: the image matches the configuration, 2 record(s), no damage");
        }

        [TestMethod]
        public void DamageIsReportedWhereItIsAndFailsTheVerdict()
        {
            string image = Damaged();
            ToolRun run = ToolRun.Of("doctor", "--image", image).Exits(1);
            run.SaysOnStdout("PROBLEM zone 0 at 0x40000: damaged: datalen", "overtop",
                "PROBLEM segment 0 at 0x0: sequence 0, opened in boot 0, 0 valid chunk(s)", "chunk 0 at 0x20: CRC mismatch",
                "note    the engine skips 1 torn or corrupt chunk(s)", "verdict: 2 problem(s) found (dmesg, pmsg)");
        }

        [TestMethod]
        public void ADamagedCompressedRecordIsAProblem()
        {
            ToolRun.Of(TestImages.Args(new[] { "doctor", "--image", ReadCommandTests.DamagedDeflate() }, TestImages.LinuxLayout))
                .Exits(1).SaysOnStdout("compressed: damaged, the deflate stream does not inflate");
        }

        [TestMethod]
        public void AnotherLayoutIsNamedWithTheSizesToUse()
        {
            ToolRun.Of("doctor", "--image", TestImages.Fixture("plain.img"), "--medium", "block").Exits(1)
                .SaysOnStdout("PROBLEM", "use --pmsg-size 0 --kmsg-size 64", "verdict: 1 problem(s) found (layout)");
            ToolRun.Of("doctor", "--image", TestImages.Fixture("plain.img"), "--medium", "block", "--kmsg-size", "16", "--pmsg-size", "8").Exits(1)
                .SaysOnStdout("PROBLEM", "not written with this layout", "use --pmsg-size 0 --kmsg-size 64");
        }

        [TestMethod]
        public void JsonCarriesVerdictFindingsAndRecords()
        {
            using (JsonDocument doc = JsonDocument.Parse(ToolRun.Of("doctor", "--image", Damaged(), "--json").Exits(1).Stdout))
            {
                JsonElement root = doc.RootElement;
                Assert.IsFalse(root.GetProperty("ok").GetBoolean());
                Assert.AreEqual(2, root.GetProperty("problems").GetInt32());
                Assert.AreEqual(262144, root.GetProperty("layout").GetProperty("pmsgBytes").GetInt32());
                int problems = 0;
                foreach (JsonElement f in root.GetProperty("findings").EnumerateArray())
                {
                    problems += f.GetProperty("severity").GetString() == "problem" ? 1 : 0;
                    Assert.IsTrue(f.GetProperty("section").GetString().Length > 0);
                }

                Assert.AreEqual(2, problems);
                Assert.AreEqual(JsonValueKind.Array, root.GetProperty("records").ValueKind);
            }
        }

        /// <summary>The demo's image with zone 0's datalen past the zone and a flipped byte in the first pmsg chunk.</summary>
        private static string Damaged()
        {
            string image = TestImages.Demo();
            byte[] b = File.ReadAllBytes(image);
            b[0x40004] = 0xFF;
            b[0x40005] = 0xFF;
            b[0x40006] = 0x7F;
            b[PmsgFormat.SegmentHeaderSize + PmsgFormat.ChunkHeaderSize + 5] ^= 0xFF;
            File.WriteAllBytes(image, b);
            return image;
        }
    }
}

using System;
using System.IO;
using System.Text;
using System.Text.Json;
using nanoFramework.TestFramework;

namespace PstoreNano.HostTests.Tool
{
    /// <summary>list and cat, in text and JSON, on Linux's own images and on the demo's NOR image.</summary>
    [TestClass]
    public class ReadCommandTests
    {
        private static string[] OnLinuxImage(string image, params string[] command)
        {
            return TestImages.Args(TestImages.Args(command, "--image", TestImages.Fixture(image)), TestImages.LinuxLayout);
        }

        [TestMethod]
        public void ListShowsAHeaderRowAndIsoTimes()
        {
            ToolRun run = ToolRun.Of(OnLinuxImage("plain.img", "list")).Exits(0);
            string[] lines = run.Stdout.Split('\n');
            Assert.IsTrue(lines[1].StartsWith("NAME") && lines[1].Contains("TIME") && lines[1].Contains("SIZE"), run.Stdout);
            run.SaysOnStdout("dmesg-pstore_blk-0", "Oops", "2026-11-27T19:40:16.011751128Z", "dmesg-pstore_blk-1");
        }

        [TestMethod]
        public void ListTellsSynthesizedTimesAndPmsgBootsApart()
        {
            string image = TestImages.Demo();
            ToolRun run = ToolRun.Of("list", "--image", image).Exits(0);
            run.SaysOnStdout("dmesg-pstore_nor-0", "Panic", "no clock (#1)", "pmsg-pstore_nor-0", "boot 0");
        }

        [TestMethod]
        public void ListJsonFollowsTheSchema()
        {
            using (JsonDocument doc = JsonDocument.Parse(ToolRun.Of(OnLinuxImage("deflate.img", "list", "--json")).Exits(0).Stdout))
            {
                JsonElement root = doc.RootElement;
                Assert.AreEqual("block", root.GetProperty("medium").GetString());
                Assert.AreEqual(65536, root.GetProperty("layout").GetProperty("dmesgZoneBytes").GetInt32());
                JsonElement r = root.GetProperty("records")[0];
                Assert.AreEqual("dmesg-pstore_blk-0", r.GetProperty("name").GetString());
                Assert.AreEqual("dmesg", r.GetProperty("type").GetString());
                Assert.AreEqual("Oops", r.GetProperty("reason").GetString());
                Assert.IsTrue(r.GetProperty("compressed").GetBoolean());
                Assert.IsTrue(r.GetProperty("timeIsReal").GetBoolean());
                Assert.IsTrue(r.GetProperty("time").GetString().EndsWith("Z"));
            }
        }

        [TestMethod]
        public void ListJsonOfPmsgHasABootAndNoTime()
        {
            using (JsonDocument doc = JsonDocument.Parse(ToolRun.Of("list", "--image", TestImages.Demo(), "--json").Exits(0).Stdout))
            {
                JsonElement pmsg = doc.RootElement.GetProperty("records")[1];
                Assert.AreEqual("pmsg", pmsg.GetProperty("type").GetString());
                Assert.AreEqual(0, pmsg.GetProperty("boot").GetInt32());
                Assert.IsFalse(pmsg.TryGetProperty("time", out _));
                JsonElement dmesg = doc.RootElement.GetProperty("records")[0];
                Assert.IsFalse(dmesg.GetProperty("timeIsReal").GetBoolean());
                Assert.AreEqual(JsonValueKind.Null, dmesg.GetProperty("time").ValueKind);
            }
        }

        [TestMethod]
        public void CatPrintsWhatLinuxShows()
        {
            byte[] expected = File.ReadAllBytes(TestImages.Fixture("plain/dmesg-pstore_blk-1"));
            ToolRun run = ToolRun.Of(OnLinuxImage("plain.img", "cat", "dmesg-pstore_blk-1")).Exits(0);
            Assert.AreEqual(Convert.ToBase64String(expected), Convert.ToBase64String(run.StdoutBytes));
        }

        [TestMethod]
        public void CatInflatesACompressedRecord()
        {
            byte[] expected = File.ReadAllBytes(TestImages.Fixture("deflate/dmesg-pstore_blk-0"));
            ToolRun run = ToolRun.Of(OnLinuxImage("deflate.img", "cat", "dmesg-pstore_blk-0")).Exits(0);
            Assert.AreEqual(Convert.ToBase64String(expected), Convert.ToBase64String(run.StdoutBytes));
        }

        [TestMethod]
        public void CatJsonCarriesTextAndTheRecord()
        {
            string expected = File.ReadAllText(TestImages.Fixture("plain/dmesg-pstore_blk-0"));
            using (JsonDocument doc = JsonDocument.Parse(ToolRun.Of(OnLinuxImage("plain.img", "cat", "dmesg-pstore_blk-0", "--json")).Exits(0).Stdout))
            {
                Assert.AreEqual("utf-8", doc.RootElement.GetProperty("encoding").GetString());
                Assert.AreEqual(expected, doc.RootElement.GetProperty("data").GetString());
                Assert.AreEqual(1, doc.RootElement.GetProperty("record").GetProperty("counter").GetInt32());
            }
        }

        [TestMethod]
        public void CatJsonCarriesBytesThatAreNotTextAsBase64()
        {
            string image = TestImages.Demo();
            PmsgBytes.Append(image, new byte[] { 0xFF, 0xFE, 0x00, 0x80 });
            using (JsonDocument doc = JsonDocument.Parse(ToolRun.Of("cat", "--image", image, "pmsg-pstore_nor-1", "--json").Exits(0).Stdout))
            {
                Assert.AreEqual("base64", doc.RootElement.GetProperty("encoding").GetString());
                Assert.AreEqual("//4AgA==", doc.RootElement.GetProperty("data").GetString());
            }
        }

        [TestMethod]
        public void CatOfADamagedCompressedRecordSaysSoAndExitsOne()
        {
            string image = DamagedDeflate();
            ToolRun.Of(TestImages.Args(new[] { "cat", "--image", image, "dmesg-pstore_blk-0" }, TestImages.LinuxLayout))
                .Exits(1).SaysOnStderr("dmesg-pstore_blk-0 is compressed", "does not inflate", "dmesg-pstore_blk-0.enc.z");
        }

        /// <summary>deflate.img with an invalid block type in the first byte of its deflate stream.</summary>
        public static string DamagedDeflate()
        {
            string image = TestImages.CopyOfFixture("deflate.img");
            byte[] bytes = File.ReadAllBytes(image);
            bytes[52] = 0xFF;
            File.WriteAllBytes(image, bytes);
            return image;
        }
    }
}

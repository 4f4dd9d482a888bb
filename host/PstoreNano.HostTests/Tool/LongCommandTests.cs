using System;
using System.Text.Json;
using nanoFramework.TestFramework;
using PstoreNano.Tool.Output;

namespace PstoreNano.HostTests.Tool
{
    /// <summary>bench and campaign: JSON on standard output, progress on standard error.</summary>
    [TestClass]
    public class LongCommandTests
    {
        // The targets themselves are checked by .ci/run in a process of their own: heap and time measured here
        // share the test process with other test classes running in parallel.
        [TestMethod]
        public void BenchSmokeJsonHasEveryTableAndProgressGoesToStderr()
        {
            ToolRun run = ToolRun.Of("bench", "--smoke", "--json");
            using (JsonDocument doc = JsonDocument.Parse(run.Stdout))
            {
                JsonElement root = doc.RootElement;
                int failures = root.GetProperty("failures").GetInt32();
                Assert.AreEqual(failures == 0, root.GetProperty("passed").GetBoolean());
                run.Exits(failures == 0 ? 0 : 1);
                JsonElement tables = root.GetProperty("tables");
                Assert.AreEqual(7, tables.GetArrayLength());
                JsonElement first = tables[0];
                Assert.IsTrue(first.GetProperty("title").GetString().StartsWith("(a)"));
                string column = first.GetProperty("columns")[0].GetString();
                Assert.IsTrue(first.GetProperty("rows")[0].TryGetProperty(column, out _));
            }

            // Plain lines, as in a CI log: the interval is zero here, so every step prints one.
            run.SaysOnStderr("bench: 1/7", "bench: 7/7 (100 %)");
        }

        [TestMethod]
        public void OnATerminalProgressIsABarAndStdoutStaysJson()
        {
            ToolRun run = ToolRun.WithErrorOnATerminal("bench", "--smoke", "--json");
            using (JsonDocument doc = JsonDocument.Parse(run.Stdout))
            {
                run.Exits(doc.RootElement.GetProperty("passed").GetBoolean() ? 0 : 1);
            }

            Assert.IsTrue(run.Stderr.Contains("bench") && run.Stderr.Contains("\u001b["), "no bar drawn:\n" + run.Stderr);
            Assert.IsFalse(run.Stderr.Contains("bench: 1/6"), "plain lines on a terminal:\n" + run.Stderr);
        }

        [TestMethod]
        public void BenchTextEndsWithTheVerdict()
        {
            ToolRun run = ToolRun.Of("bench", "--smoke");
            run.Exits(run.Stdout.Contains("bench: every target met") ? 0 : 1).SaysOnStdout("(a) 4 KiB panic dump", "(f) ", "bench: ");
        }

        [TestMethod]
        public void CampaignReplayJsonSaysWhetherTheCasePassed()
        {
            using (JsonDocument doc = JsonDocument.Parse(ToolRun.Of("campaign", "--replay", "seed=1 op=5 frac=1", "--json").Exits(0).Stdout))
            {
                Assert.AreEqual("replay", doc.RootElement.GetProperty("mode").GetString());
                Assert.AreEqual("seed=1 op=5 frac=1", doc.RootElement.GetProperty("case").GetString());
                Assert.IsTrue(doc.RootElement.GetProperty("passed").GetBoolean());
                Assert.AreEqual(JsonValueKind.Null, doc.RootElement.GetProperty("problem").ValueKind);
            }
        }

        [TestMethod]
        public void FuzzJsonCountsEveryCaseAndProgressGoesToStderr()
        {
            ToolRun run = ToolRun.Of("fuzz", "--cases", "400", "--seed", "3", "--json").Exits(0);
            using (JsonDocument doc = JsonDocument.Parse(run.Stdout))
            {
                JsonElement root = doc.RootElement;
                Assert.AreEqual(400, root.GetProperty("cases").GetInt32());
                Assert.AreEqual(3, root.GetProperty("seed").GetInt32());
                Assert.IsTrue(root.GetProperty("passed").GetBoolean());
                int total = 0;
                foreach (JsonProperty kind in root.GetProperty("totals").EnumerateObject())
                {
                    total += kind.Value.GetInt32();
                }

                Assert.AreEqual(400, total);
            }

            run.SaysOnStderr("fuzz: 200/400 (50 %)", "fuzz: 400/400 (100 %)");
        }

        [TestMethod]
        public void FuzzReplayRunsTheCaseItNames()
        {
            ToolRun.Of("fuzz", "--replay", "seed=1 case=5").Exits(0).SaysOnStdout("PASS seed=1 case=5: SequenceWrapOrRepeat, ");
        }

        [TestMethod]
        public void PlainProgressLineGivesCountsShareAndTimeLeft()
        {
            Assert.AreEqual("campaign: 250/1000 (25 %), 10 s, about 30 s left",
                PlainProgress.Line("campaign", 250, 1000, TimeSpan.FromSeconds(10)));
            Assert.AreEqual("bench: 6/6 (100 %), 2 s", PlainProgress.Line("bench", 6, 6, TimeSpan.FromSeconds(2)));
        }

        [TestMethod]
        public void PlainProgressIsQuietWithinItsInterval()
        {
            System.IO.StringWriter w = new System.IO.StringWriter();
            PlainProgress progress = new PlainProgress(w, "extract", TimeSpan.FromHours(1));
            progress.Report(1, 2);
            progress.Report(2, 2);
            Assert.AreEqual("", w.ToString());
        }
    }
}

using System;
using System.Diagnostics;
using nanoFramework.TestFramework;
using PstoreNano.Simulators.Fuzz;

namespace PstoreNano.HostTests.Fuzz
{
    /// <summary>
    /// The image fuzzer: 20,000 damaged images per run (PSTORE_FUZZ_CASES sets more, PSTORE_FUZZ_SEED another
    /// seed, PSTORE_FUZZ_REPLAY="seed=S case=I" runs one failed case again).
    /// </summary>
    [TestClass]
    public class FuzzTests
    {
        [TestMethod]
        public void DamagedImagesNeverBreakTheStore()
        {
            string replay = Environment.GetEnvironmentVariable("PSTORE_FUZZ_REPLAY");
            FuzzRunner runner = new FuzzRunner();
            Stopwatch clock = Stopwatch.StartNew();
            if (!string.IsNullOrEmpty(replay))
            {
                FuzzCase c = FuzzCase.Parse(replay);
                string failure = runner.RunCase(c, out string outcome);
                Assert.IsNull(failure, c + ": " + failure);
                OutputHelper.WriteLine("replayed " + c + ": " + outcome);
                return;
            }

            int cases = Setting("PSTORE_FUZZ_CASES", 20000);
            int seed = Setting("PSTORE_FUZZ_SEED", 1);
            runner.Run(seed, 0, cases);
            OutputHelper.WriteLine("fuzz: " + runner.Cases + " cases (seed " + seed + ") in " + clock.Elapsed.TotalSeconds.ToString("F1") +
                " s, " + runner.Failures.Count + " failed; per mutation kind and outcome:\n" + runner.Summary());
            Assert.AreEqual(0, runner.Failures.Count, runner.Failures.Count + " failed; replay one with PSTORE_FUZZ_REPLAY=\"<case>\":\n" +
                string.Join("\n", runner.Failures.GetRange(0, Math.Min(10, runner.Failures.Count))));
        }

        [TestMethod]
        public void EveryKindDamagesTheImage()
        {
            // A mutation that left the image as it was would test nothing.
            foreach (FuzzKind kind in Enum.GetValues(typeof(FuzzKind)))
            {
                int changed = 0;
                for (int i = 0; i < 40; i++)
                {
                    Random random = new Random(i);
                    bool block = i % 2 == 1;
                    byte[] pristine = FuzzImages.Written(block);
                    byte[] image = new ImageMutator(random, FuzzImages.Config().PmsgSize, FuzzImages.Config().KmsgSize,
                        FuzzImages.SegmentSize(block)).Mutate(FuzzImages.Written(block), kind);
                    changed += image.Length != pristine.Length || !image.AsSpan().SequenceEqual(pristine) ? 1 : 0;
                }

                Assert.IsTrue(changed >= 30, kind + " changed only " + changed + " of 40 images");
            }
        }

        [TestMethod]
        public void ACaseParsesBackFromItsText()
        {
            FuzzCase c = new FuzzCase(7, 12345);
            FuzzCase back = FuzzCase.Parse("failed " + c + " (ByteRun, nor)");
            Assert.AreEqual(c.ToString(), back.ToString());
            Assert.AreEqual((int)c.Kind, (int)back.Kind);
        }

        private static int Setting(string name, int fallback)
        {
            string value = Environment.GetEnvironmentVariable(name);
            return int.TryParse(value, out int parsed) && parsed > 0 ? parsed : fallback;
        }
    }
}

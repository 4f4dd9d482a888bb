using System;
using System.IO;
using nanoFramework.TestFramework;
using PstoreNano.HostTests.Build;
using PstoreNano.Simulators.Campaign;

namespace PstoreNano.HostTests.PowerCut
{
    /// <summary>
    /// The power-loss campaign on the full NOR stack (engine, NOR zone device, SPI NOR driver, simulated
    /// W25Q128JV): a cut at the end of every chip operation of the workload, a torn cut inside every one, and a
    /// few hundred double cuts. PSTORE_CAMPAIGN=long runs many seeds instead.
    /// </summary>
    [TestClass]
    public class NorCampaignTests
    {
        [TestMethod]
        public void EveryCutPointOnTheNorStackKeepsTheInvariants()
        {
            bool longRun = Environment.GetEnvironmentVariable("PSTORE_CAMPAIGN") == "long";
            CampaignOptions options = longRun ? CampaignOptions.Long(20) : CampaignOptions.Ci();
            StringWriter log = new StringWriter();
            CampaignResult result = CampaignRunner.Run(options, log);
            OutputHelper.WriteLine(log.ToString());

            // .ci/run prints this file: the counts of cut points covered appear in the CI log.
            string report = RepoPaths.File("artifacts", "ci", "nor-campaign.txt");
            Directory.CreateDirectory(Path.GetDirectoryName(report));
            File.WriteAllText(report, log.ToString());

            Assert.AreEqual(0, result.Failures.Count, string.Join("\n", result.Failures));
            Assert.IsTrue(result.WorkloadOperations > 200, "the workload should make a few hundred chip operations, made " + result.WorkloadOperations);
            Assert.AreEqual(result.WorkloadOperations, result.BoundaryCuts, "one clean cut per operation");
            Assert.AreEqual(result.WorkloadOperations * options.Seeds, result.TornCuts, "one torn cut per operation and seed");
            Assert.IsTrue(result.DoubleCuts >= 200, "a few hundred double cuts, ran " + result.DoubleCuts);
        }

        [TestMethod]
        public void AFailedCaseIsPrintedSoThatItParsesBackToTheSameCase()
        {
            CutCase c = new CutCase(1000123, 417, 0.123456789012345).WithSecond(12, 1.0 / 3);
            CutCase back = CutCase.Parse(c.ToString());
            Assert.AreEqual(c.ToString(), back.ToString());
            Assert.AreEqual(c.Fraction, back.Fraction);
            Assert.AreEqual(c.SecondFraction, back.SecondFraction);
            Assert.IsTrue(c.ToString().StartsWith("seed=1000123 op=417 frac=", StringComparison.Ordinal));
            Assert.IsFalse(CutCase.Parse("seed=5 op=9 frac=1").IsDouble);
            Assert.AreEqual(6144, CutCase.Parse(c.WithRecoveryWrites(6144).ToString()).RecoveryWrites);
            Assert.ThrowsException(typeof(ArgumentException), () => CutCase.Parse("seed=5 frac=1"));
        }

        [TestMethod]
        public void TheModelRejectsALostAcknowledgedWriteAndAHalfWrite()
        {
            SweepModel model = new SweepModel();
            model.AckedWrites.Add(new byte[] { 1, 2 });
            model.AckedWrites.Add(new byte[] { 3 });
            model.InFlightWrite = new byte[] { 4, 5 };
            model.PowerCut();
            model.AckedWrites.Add(new byte[] { 6 });

            Assert.IsNull(model.CheckPmsg(new byte[] { 1, 2, 3, 4, 5, 6 }));
            Assert.IsNull(model.CheckPmsg(new byte[] { 3, 6 }), "wrap dropped the oldest write; the cut one is absent");
            Assert.IsNotNull(model.CheckPmsg(new byte[] { 1, 2, 3, 4 }), "half of the write the cut interrupted");
            Assert.IsNotNull(model.CheckPmsg(new byte[] { 1, 2, 6 }), "an acknowledged write missing in the middle");
            Assert.IsNotNull(model.CheckPmsg(new byte[] { 1, 2, 3, 4, 5 }), "the newest acknowledged write missing");
        }
    }
}

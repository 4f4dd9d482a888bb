using System.IO;
using nanoFramework.TestFramework;
using PstoreNano.HostTests.Build;
using PstoreNano.Tool.Commands;

namespace PstoreNano.HostTests.Config
{
    [TestClass]
    public class NfConfigDefaultsTests
    {
        [TestMethod]
        public void CompiledDefaultsMatchNfConfig()
        {
            string nfConfig = File.ReadAllText(RepoPaths.File("nf.config"));
            string generated = GenconfigCommand.Generate(nfConfig);
            string committed = File.ReadAllText(RepoPaths.File(GenconfigCommand.GeneratedPath));
            Assert.AreEqual(generated, committed,
                "nf.config changed: run 'dotnet run --project host/PstoreNano.Tool -- genconfig'");
        }

        [TestMethod]
        public void RepositoryNfConfigIsValid()
        {
            PstoreNano.Config.PstoreConfig c = PstoreNano.Config.PstoreConfig.Parse(File.ReadAllText(RepoPaths.File("nf.config")));
            PstoreNano.Config.ZoneLayout layout = PstoreNano.Config.ZoneLayout.Create(c, c.PartitionSize, 4096);
            Assert.IsTrue(layout.DmesgZoneCount >= 1);
        }
    }
}

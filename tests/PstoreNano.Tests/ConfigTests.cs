using nanoFramework.TestFramework;
using PstoreNano.Config;

namespace PstoreNano.Tests
{
    [TestClass]
    public class ConfigTests
    {
        [TestMethod]
        public void DefaultsComeFromNfConfig()
        {
            PstoreConfig c = PstoreConfig.Defaults();
            Assert.AreEqual(64 * 1024, c.KmsgSize);
            Assert.AreEqual(256 * 1024, c.PmsgSize);
            Assert.AreEqual(2, c.MaxReason);
            Assert.AreEqual(StorageBackend.Nor, c.Backend);
            Assert.IsFalse(c.HasRealTimeClock);
        }
    }
}

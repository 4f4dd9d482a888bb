using System;
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
            Assert.AreEqual(1024 * 1024, c.PartitionSize);
            Assert.AreEqual(4096, c.KmsgRamSize);
            Assert.AreEqual(0, c.PmsgBufferSize);
            Assert.AreEqual(20000000, c.SpiClockHz);
            Assert.IsFalse(c.HasRealTimeClock);
        }

        [TestMethod]
        public void ParseOverridesDefaultsAndReadsKconfigSyntax()
        {
            PstoreConfig c = PstoreConfig.Parse(
                "# comment line\n" +
                "CONFIG_PSTORE_BLK_KMSG_SIZE=8\r\n" +
                "  CONFIG_PSTORE_BLK_PMSG_SIZE = 16  \n" +
                "\n" +
                "CONFIG_PSTORE_BLK_MAX_REASON=4\n" +
                "CONFIG_PSTORENANO_BACKEND=\"sd\"\n" +
                "CONFIG_PSTORENANO_PARTITION_OFFSET=0x10000\n" +
                "CONFIG_PSTORENANO_RTC=y\n");
            Assert.AreEqual(8 * 1024, c.KmsgSize);
            Assert.AreEqual(16 * 1024, c.PmsgSize);
            Assert.AreEqual(4, c.MaxReason);
            Assert.AreEqual(StorageBackend.Sd, c.Backend);
            Assert.AreEqual(0x10000, c.PartitionOffset);
            Assert.IsTrue(c.HasRealTimeClock);
            Assert.AreEqual(1024 * 1024, c.PartitionSize, "keys not in the text keep their defaults");
        }

        [TestMethod]
        public void NotSetDisablesBoolean()
        {
            PstoreConfig c = PstoreConfig.Parse("CONFIG_PSTORENANO_RTC=y\n# CONFIG_PSTORENANO_RTC is not set\n");
            Assert.IsFalse(c.HasRealTimeClock);
        }

        [TestMethod]
        [DataRow("CONFIG_PSTORE_BLK_KMSG_SIZE=6", "CONFIG_PSTORE_BLK_KMSG_SIZE", "multiple of 4")]
        [DataRow("CONFIG_PSTORE_BLK_PMSG_SIZE=-4", "CONFIG_PSTORE_BLK_PMSG_SIZE", "negative")]
        [DataRow("CONFIG_PSTORE_BLK_PMSG_SIZE=64k", "CONFIG_PSTORE_BLK_PMSG_SIZE", "integer")]
        [DataRow("CONFIG_PSTORE_BLK_MAX_REASON=", "CONFIG_PSTORE_BLK_MAX_REASON", "integer")]
        [DataRow("CONFIG_PSTORENANO_PARTITION_SIZE=99999999999", "CONFIG_PSTORENANO_PARTITION_SIZE", "too large")]
        [DataRow("CONFIG_PSTORENANO_BACKEND=emmc", "CONFIG_PSTORENANO_BACKEND", "nor or sd")]
        [DataRow("CONFIG_PSTORENANO_RTC=yes", "CONFIG_PSTORENANO_RTC", "y or n")]
        [DataRow("CONFIG_PSTORE_BLK_KMSG_SIZ=64", "CONFIG_PSTORE_BLK_KMSG_SIZ", "unknown key")]
        [DataRow("# CONFIG_PSTORE_BLK_KMSG_SIZE is not set", "CONFIG_PSTORE_BLK_KMSG_SIZE", "boolean")]
        [DataRow("CONFIG_PSTORE_BLK_KMSG_SIZE 64", "nf.config line 1", "CONFIG_NAME=value")]
        public void BadLineNamesKeyAndRule(string line, string key, string rule)
        {
            PstoreConfigException error = ParseError(line);
            Assert.AreEqual(key, error.Key);
            Assert.IsTrue(error.Message.IndexOf(key) >= 0, error.Message);
            Assert.IsTrue(error.Message.IndexOf(rule) >= 0, error.Message);
        }

        [TestMethod]
        public void LayoutFollowsLinuxOrderPmsgThenDmesgZones()
        {
            PstoreConfig c = PstoreConfig.Defaults();
            c.KmsgSize = 64 * 1024;
            c.PmsgSize = 128 * 1024;
            ZoneLayout layout = ZoneLayout.Create(c, 1024 * 1024 + 32 * 1024, 4096);
            Assert.AreEqual(0, layout.PmsgOffset);
            Assert.AreEqual(128 * 1024, layout.PmsgSize);
            Assert.AreEqual(128 * 1024, layout.DmesgOffset);
            Assert.AreEqual(14, layout.DmesgZoneCount);
            Assert.AreEqual(128 * 1024 + 3 * 64 * 1024, layout.DmesgZoneOffset(3));
            Assert.AreEqual(32 * 1024, layout.UnusedSize, "a leftover smaller than a zone is unused");
        }

        [TestMethod]
        public void LayoutWithoutPmsgStartsDmesgAtZero()
        {
            PstoreConfig c = PstoreConfig.Defaults();
            c.PmsgSize = 0;
            ZoneLayout layout = ZoneLayout.Create(c, 256 * 1024, 512);
            Assert.AreEqual(0, layout.DmesgOffset);
            Assert.AreEqual(4, layout.DmesgZoneCount);
        }

        [TestMethod]
        public void LayoutErrorsNameTheKey()
        {
            AssertLayoutError(1, 1, 64, 4096, 4096, PstoreConfig.KmsgSizeKey, "multiple of 4 KiB");
            AssertLayoutError(64 * 1024, 0, 2, 1024 * 1024, 128 * 1024, PstoreConfig.KmsgSizeKey, "erase unit");
            AssertLayoutError(0, 0, 2, 1024 * 1024, 4096, PstoreConfig.KmsgSizeKey, "at least one");
            AssertLayoutError(64 * 1024, 4096, 2, 1024 * 1024, 4096, PstoreConfig.PmsgSizeKey, "two erase units");
            AssertLayoutError(0, 2048 * 1024, 2, 1024 * 1024, 4096, PstoreConfig.PmsgSizeKey, "does not fit");
            AssertLayoutError(512 * 1024, 768 * 1024, 2, 1024 * 1024, 4096, PstoreConfig.KmsgSizeKey, "no room");
            AssertLayoutError(64 * 1024, 64 * 1024, 0, 1024 * 1024, 4096, PstoreConfig.MaxReasonKey, "must be 1");
            AssertLayoutError(64 * 1024, 64 * 1024, 5, 1024 * 1024, 4096, PstoreConfig.MaxReasonKey, "must be 1");
            AssertLayoutError(64 * 1024, 64 * 1024, 2, 1000, 4096, PstoreConfig.PartitionSizeKey, "multiple of 4 KiB");
        }

        [TestMethod]
        public void RamBuffersAreBounded()
        {
            PstoreConfig c = PstoreConfig.Defaults();
            c.KmsgRamSize = ZoneLayout.MaxRamBuffer + 1;
            PstoreConfigException e = LayoutError(c, 1024 * 1024, 4096);
            Assert.AreEqual(PstoreConfig.KmsgRamSizeKey, e.Key);
            c = PstoreConfig.Defaults();
            c.PmsgBufferSize = -1;
            e = LayoutError(c, 1024 * 1024, 4096);
            Assert.AreEqual(PstoreConfig.PmsgBufferSizeKey, e.Key);
        }

        private static void AssertLayoutError(int kmsg, int pmsg, int maxReason, int total, int eraseSize, string key, string rule)
        {
            PstoreConfig c = PstoreConfig.Defaults();
            c.KmsgSize = kmsg;
            c.PmsgSize = pmsg;
            c.MaxReason = maxReason;
            PstoreConfigException e = LayoutError(c, total, eraseSize);
            Assert.AreEqual(key, e.Key, e.Message);
            Assert.IsTrue(e.Message.IndexOf(rule) >= 0, e.Message);
        }

        private static PstoreConfigException LayoutError(PstoreConfig c, int total, int eraseSize)
        {
            try
            {
                ZoneLayout.Create(c, total, eraseSize);
            }
            catch (PstoreConfigException e)
            {
                return e;
            }

            Assert.IsTrue(false, "the layout was accepted");
            return null;
        }

        private static PstoreConfigException ParseError(string text)
        {
            try
            {
                PstoreConfig.Parse(text);
            }
            catch (PstoreConfigException e)
            {
                return e;
            }

            Assert.IsTrue(false, "\"" + text + "\" was accepted");
            return null;
        }
    }
}

using nanoFramework.TestFramework;
using PstoreNano.Drivers.Sd;
using PstoreNano.Simulators.Sd;

namespace PstoreNano.HostTests.Sd
{
    /// <summary>The pstore region from a card's MBR: found by number or type, and clear refusals.</summary>
    [TestClass]
    public class MbrPartitionTests
    {
        [TestMethod]
        public void PartitionIsFoundByNumberAndByType()
        {
            SdRig rig = Initialised();
            SdCardImages.WriteMbr(rig.Card, new long[] { 0x0C, 2048, 4096 }, new long[] { 0xDA, 6144, 1024 });

            SdRegion byNumber = MbrPartitionTable.FindByNumber(rig.Driver, new byte[512], 2);
            SdRegion byType = MbrPartitionTable.FindByType(rig.Driver, new byte[512], MbrPartitionTable.PstoreType);

            Assert.AreEqual(6144L, byNumber.FirstSector);
            Assert.AreEqual(1024L, byNumber.SectorCount);
            Assert.AreEqual(6144L, byType.FirstSector);
            SdRig.Contains(byNumber.Source, "MBR partition 2 (type 0xDA)");
        }

        [TestMethod]
        public void GptCardIsRefusedClearly()
        {
            SdRig rig = Initialised();
            SdCardImages.WriteProtectiveMbr(rig.Card);

            SdCardException e = SdRig.Throws(() => MbrPartitionTable.FindByNumber(rig.Driver, new byte[512], 1));

            SdRig.Contains(e.Message, "GPT card (protective MBR entry 1 of type 0xEE) is not supported");
        }

        [TestMethod]
        public void SuperfloppyCardIsRefusedClearly()
        {
            SdRig rig = Initialised();
            SdCardImages.WriteSuperfloppy(rig.Card);

            SdCardException e = SdRig.Throws(() => MbrPartitionTable.FindByNumber(rig.Driver, new byte[512], 1));

            SdRig.Contains(e.Message, "superfloppy");
        }

        [TestMethod]
        public void CardWithoutTableIsRefused()
        {
            SdRig rig = Initialised();

            SdCardException e = SdRig.Throws(() => MbrPartitionTable.FindByNumber(rig.Driver, new byte[512], 1));

            SdRig.Contains(e.Message, "no partition table");
        }

        [TestMethod]
        public void MissingOverlongAndOverlappingPartitionsAreRefused()
        {
            SdRig rig = Initialised();
            SdCardImages.WriteMbr(rig.Card, new long[] { 0x0C, 2048, 4096 }, new long[] { 0xDA, 6000, 100 }, new long[] { 0xDA, 16000, 1000 });

            SdRig.Contains(SdRig.Throws(() => MbrPartitionTable.FindByNumber(rig.Driver, new byte[512], 4)).Message, "partition 4 is empty");
            SdRig.Contains(SdRig.Throws(() => MbrPartitionTable.FindByNumber(rig.Driver, new byte[512], 3)).Message, "does not fit");
            SdRig.Contains(SdRig.Throws(() => MbrPartitionTable.FindByNumber(rig.Driver, new byte[512], 2)).Message, "overlap");
            SdRig.Contains(SdRig.Throws(() => MbrPartitionTable.FindByType(rig.Driver, new byte[512], 0x83)).Message, "no MBR partition of type 0x83");
        }

        private static SdRig Initialised()
        {
            SdRig rig = SdRig.Sdhc();
            rig.Driver.Init();
            return rig;
        }
    }
}

using nanoFramework.TestFramework;
using PstoreNano.Simulators.Sd;
using PstoreNano.Testing;

namespace PstoreNano.HostTests.Sd
{
    /// <summary>The simulated card's power-loss model: the sector in flight and collateral damage.</summary>
    [TestClass]
    public class SimulatedSdCardTests
    {
        [TestMethod]
        [DataRow(0)]
        [DataRow(1)]
        [DataRow(2)]
        [DataRow(3)]
        public void CutDuringAProgramLeavesTheSectorAsScheduled(int mode)
        {
            SdCutDamage damage = (SdCutDamage)mode;
            SdRig rig = SdRig.Sdhc();
            rig.Driver.Init();
            byte[] old = SdRig.Pattern(1, 1);
            byte[] data = SdRig.Pattern(1, 2);
            rig.Driver.WriteSectors(20, old, 0, 1);
            rig.Card.ScheduleCut(rig.Card.OperationCount + 1, damage, false, 4);

            Assert.ThrowsException(typeof(PowerCutException), () => rig.Driver.WriteSectors(20, data, 0, 1));

            byte[] now = rig.Card.ReadSector(20);
            int fromNew = 0;
            int fromOld = 0;
            for (int i = 0; i < 512; i++)
            {
                fromNew += now[i] == data[i] && data[i] != old[i] ? 1 : 0;
                fromOld += now[i] == old[i] && data[i] != old[i] ? 1 : 0;
            }

            Assert.AreEqual(damage == SdCutDamage.Unreadable, rig.Card.IsUnreadable(20));
            Assert.IsTrue(damage != SdCutDamage.Old || fromNew == 0, "old keeps the old bytes");
            Assert.IsTrue(damage != SdCutDamage.New || fromOld == 0, "new has the new bytes");
            Assert.IsTrue(damage != SdCutDamage.Mixed || (fromNew > 0 && fromOld > 0), "shorn has both: " + fromNew + " new, " + fromOld + " old");
        }

        [TestMethod]
        public void CollateralDamageHitsRecentSectorsOfTheSamePageOnly()
        {
            SdRig rig = SdRig.Sdhc();
            rig.Driver.Init();
            for (int s = 0; s < 40; s++)
            {
                rig.Driver.WriteSectors(s, SdRig.Pattern(1, 1), 0, 1);
                rig.Driver.WriteSectors(s, SdRig.Pattern(1, 2), 0, 1);
            }

            rig.Card.ScheduleCut(rig.Card.OperationCount + 1, SdCutDamage.New, true, 9);
            Assert.ThrowsException(typeof(PowerCutException), () => rig.Driver.WriteSectors(5, SdRig.Pattern(1, 3), 0, 1));

            int damaged = 0;
            for (int s = 0; s < 40; s++)
            {
                bool changed = rig.Card.IsUnreadable(s) || !Same(rig.Card.ReadSector(s), SdRig.Pattern(1, s == 5 ? 3 : 2));
                damaged += changed ? 1 : 0;
                Assert.IsTrue(!changed || s < SimulatedSdCard.PageSectors, "sector " + s + " lies in another page");
            }

            Assert.IsTrue(damaged > 5, damaged + " sectors damaged");
        }

        [TestMethod]
        public void PowerCycleEndsSpiModeAndCrc()
        {
            SdRig rig = SdRig.Sdhc(true);
            rig.Driver.Init();
            rig.Card.ScheduleCut(rig.Card.OperationCount, SdCutDamage.Old, false, 1);
            Assert.ThrowsException(typeof(PowerCutException), () => rig.Driver.ReadSectors(0, new byte[512], 0, 1));

            rig.Card.PowerOn();

            Assert.IsFalse(rig.Card.CrcOn);
            rig.NewDriver().Init();
        }

        private static bool Same(byte[] a, byte[] b)
        {
            for (int i = 0; i < a.Length; i++)
            {
                if (a[i] != b[i])
                {
                    return false;
                }
            }

            return true;
        }
    }
}

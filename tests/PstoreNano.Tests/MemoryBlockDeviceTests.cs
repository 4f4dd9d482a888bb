using nanoFramework.TestFramework;
using PstoreNano.Testing;

namespace PstoreNano.Tests
{
    [TestClass]
    public class MemoryBlockDeviceTests
    {
        [TestMethod]
        public void EraseFillsWholeSectorsWith0xFF()
        {
            MemoryBlockDevice block = new MemoryBlockDevice(4096, "b");
            block.Erase(512, 1024);
            Assert.AreEqual((byte)0, block.Data[511]);
            Assert.AreEqual((byte)0xFF, block.Data[512]);
            Assert.AreEqual((byte)0xFF, block.Data[1535]);
            Assert.AreEqual((byte)0, block.Data[1536]);
            Assert.AreEqual(2, block.EraseOps);
            Assert.ThrowsException(typeof(System.ArgumentException), () => block.Erase(100, 512));
        }

        [TestMethod]
        public void ProgramOverwritesAndACutTearsTheSectorInFlight()
        {
            MemoryBlockDevice block = new MemoryBlockDevice(4096, "b");
            byte[] ones = new byte[1000];
            byte[] twos = new byte[1000];
            for (int i = 0; i < 1000; i++)
            {
                ones[i] = 1;
                twos[i] = 2;
            }

            block.Program(2000, ones, 0, 1000);
            block.CutAfter(700);
            Assert.ThrowsException(typeof(PowerCutException), () => block.Program(2000, twos, 0, 1000));
            Assert.AreEqual((byte)2, block.Data[2699]);
            Assert.AreEqual((byte)1, block.Data[2700]);
            Assert.IsTrue(block.IsPoweredOff);
            Assert.ThrowsException(typeof(PowerCutException), () => block.Read(0, new byte[1], 0, 1));
            block.PowerOn();
            Assert.AreEqual(2, block.ProgramOps);
            Assert.AreEqual(1700, block.BytesProgrammed);
            Assert.AreEqual(6, block.PagePrograms); // 2000..2999 touches sectors 3..5, twice
            Assert.AreEqual(1700, block.Steps);
        }
    }
}

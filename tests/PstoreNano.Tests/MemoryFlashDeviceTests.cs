using System;
using nanoFramework.TestFramework;
using PstoreNano.Testing;

namespace PstoreNano.Tests
{
    [TestClass]
    public class MemoryFlashDeviceTests
    {
        [TestMethod]
        public void StartsErasedAndProgramsOnlyClearBits()
        {
            MemoryFlashDevice flash = new MemoryFlashDevice(8192, 256, 4096, "pstore_mem");
            byte[] b = new byte[4];
            flash.Read(100, b, 0, 4);
            CollectionAssert.AreEqual(new byte[] { 0xFF, 0xFF, 0xFF, 0xFF }, b);

            flash.Program(100, new byte[] { 0xF0, 0x0F }, 0, 2);
            flash.Program(100, new byte[] { 0x30, 0x0F }, 0, 2);
            flash.Read(100, b, 0, 2);
            Assert.AreEqual((byte)0x30, b[0]);
            Assert.ThrowsException(typeof(InvalidOperationException), () => flash.Program(100, new byte[] { 0x31 }, 0, 1));
        }

        [TestMethod]
        public void EraseIsWholeAlignedUnits()
        {
            MemoryFlashDevice flash = new MemoryFlashDevice(8192, 256, 4096, "pstore_mem");
            flash.Program(4096, new byte[] { 0 }, 0, 1);
            Assert.ThrowsException(typeof(ArgumentException), () => flash.Erase(4096, 100));
            Assert.ThrowsException(typeof(ArgumentException), () => flash.Erase(100, 4096));
            flash.Erase(4096, 4096);
            Assert.AreEqual((byte)0xFF, flash.Data[4096]);
            Assert.AreEqual(1, flash.EraseCount(1));
            Assert.AreEqual(0, flash.EraseCount(0));
        }

        [TestMethod]
        public void AccessOutsideTheDeviceIsRefused()
        {
            MemoryFlashDevice flash = new MemoryFlashDevice(8192, 256, 4096, "pstore_mem");
            byte[] b = new byte[8];
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => flash.Read(8190, b, 0, 4));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => flash.Program(-1, b, 0, 1));
        }

        [TestMethod]
        public void CountsPagesTouchedByAProgram()
        {
            MemoryFlashDevice flash = new MemoryFlashDevice(8192, 256, 4096, "pstore_mem");
            byte[] zeros = new byte[300];
            flash.Program(250, zeros, 0, 10);
            Assert.AreEqual(2, (int)flash.PagePrograms, "6 bytes in page 0, 4 in page 1");
            flash.Program(512, zeros, 0, 256);
            Assert.AreEqual(3, (int)flash.PagePrograms);
            Assert.AreEqual(266, (int)flash.BytesProgrammed);
        }

        [TestMethod]
        public void PowerCutKeepsTheBytesBeforeTheCutAndStopsTheDevice()
        {
            MemoryFlashDevice flash = new MemoryFlashDevice(8192, 256, 4096, "pstore_mem");
            byte[] data = new byte[] { 1, 2, 3, 4, 5 };
            flash.CutAfter(3);
            Assert.ThrowsException(typeof(PowerCutException), () => flash.Program(10, data, 0, 5));
            Assert.IsTrue(flash.IsPoweredOff);
            Assert.AreEqual((byte)3, flash.Data[12]);
            Assert.AreEqual((byte)0xFF, flash.Data[13]);
            byte[] b = new byte[1];
            Assert.ThrowsException(typeof(PowerCutException), () => flash.Read(0, b, 0, 1));
            flash.PowerOn();
            flash.Read(12, b, 0, 1);
            Assert.AreEqual((byte)3, b[0]);
        }

        [TestMethod]
        public void PowerCutDuringEraseLeavesPartErased()
        {
            MemoryFlashDevice flash = new MemoryFlashDevice(8192, 256, 4096, "pstore_mem");
            byte[] zeros = new byte[4096];
            flash.Program(0, zeros, 0, 4096);
            flash.CutAfter(100);
            Assert.ThrowsException(typeof(PowerCutException), () => flash.Erase(0, 4096));
            flash.PowerOn();
            Assert.AreEqual((byte)0xFF, flash.Data[99]);
            Assert.AreEqual((byte)0x00, flash.Data[100]);
        }
    }
}

using System;
using System.Device.Spi;
using nanoFramework.TestFramework;
using PstoreNano.Board;

namespace PstoreNano.HostTests.Board
{
    /// <summary>
    /// SpiDeviceBus framing: one full-duplex frame per transfer (write bytes, then 0xFF filler), the read
    /// part copied out, a 16 KiB limit, and no allocation per transfer.
    /// </summary>
    [TestClass]
    public class SpiDeviceBusTests
    {
        [TestMethod]
        public void WriteThenReadIsOneFrameOfCommandAndFiller()
        {
            SpiDevice device = new SpiDevice();
            SpiDeviceBus bus = new SpiDeviceBus(device, 20000000, 4096);
            byte[] command = { 0x03, 0x01, 0x02, 0x03 };
            byte[] data = new byte[10];

            bus.Transfer(command, 0, 4, data, 1, 8);

            Assert.AreEqual(1, device.Transfers);
            Assert.AreEqual(12, device.LastFrameLength);
            for (int i = 0; i < 4; i++)
            {
                Assert.AreEqual(command[i], device.LastFrame(i));
            }

            for (int i = 4; i < 12; i++)
            {
                Assert.AreEqual((byte)0xFF, device.LastFrame(i), "filler byte " + i);
            }

            Assert.AreEqual((byte)0, data[0], "bytes before readOffset stay untouched");
            for (int i = 0; i < 8; i++)
            {
                Assert.AreEqual(SpiDevice.Answer(4 + i), data[1 + i], "read byte " + i);
            }

            Assert.AreEqual((byte)0, data[9]);
        }

        [TestMethod]
        public void ReadPartIsFillerEvenAfterALongerWrite()
        {
            SpiDevice device = new SpiDevice();
            SpiDeviceBus bus = new SpiDeviceBus(device, 20000000, 4096);
            byte[] page = new byte[260];
            page[0] = 0x02;

            bus.Transfer(page, 0, 260, null, 0, 0);
            bus.Transfer(new byte[] { 0x05 }, 0, 1, new byte[300], 0, 300);

            Assert.AreEqual(301, device.LastFrameLength);
            Assert.AreEqual((byte)0x05, device.LastFrame(0));
            for (int i = 1; i < 301; i++)
            {
                Assert.AreEqual((byte)0xFF, device.LastFrame(i), "filler byte " + i);
            }
        }

        [TestMethod]
        public void ShortReadAfterLongWriteLeavesNoStaleByteInTheFrame()
        {
            SpiDevice device = new SpiDevice();
            SpiDeviceBus bus = new SpiDeviceBus(device, 20000000, 4096);

            bus.Transfer(new byte[200], 0, 200, null, 0, 0);
            bus.Transfer(new byte[] { 0x9F }, 0, 1, new byte[3], 0, 3);
            bus.Transfer(new byte[] { 0x05 }, 0, 1, new byte[250], 0, 250);

            for (int i = 1; i < 251; i++)
            {
                Assert.AreEqual((byte)0xFF, device.LastFrame(i), "filler byte " + i);
            }
        }

        [TestMethod]
        public void TransferLargerThanTheFrameBufferThrows()
        {
            SpiDeviceBus bus = new SpiDeviceBus(new SpiDevice(), 20000000, 256);
            Assert.ThrowsException(typeof(ArgumentException),
                () => bus.Transfer(new byte[4], 0, 4, new byte[256], 0, 253));
        }

        [TestMethod]
        public void FrameBufferAbove16KiBIsRejected()
        {
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException),
                () => new SpiDeviceBus(new SpiDevice(), 20000000, 16 * 1024 + 1));
            SpiDeviceBus largest = new SpiDeviceBus(new SpiDevice(), 20000000, 16 * 1024);
            largest.Transfer(new byte[4], 0, 4, new byte[16 * 1024 - 4], 0, 16 * 1024 - 4);
        }

        [TestMethod]
        public void TransfersAllocateNothing()
        {
            SpiDevice device = new SpiDevice();
            SpiDeviceBus bus = new SpiDeviceBus(device, 20000000, 4096);
            byte[] command = new byte[260];
            byte[] data = new byte[4096];
            bus.Transfer(command, 0, 260, data, 0, 100);

            // Least of several rounds (HeapMeter): the runtime's tiered recompilation now and then charges the
            // thread a few bytes; an allocation of the bus would show in every round.
            long allocated = PstoreNano.HostTests.Support.HeapMeter.LeastAllocated(() =>
            {
                for (int i = 0; i < 100; i++)
                {
                    bus.Transfer(command, 0, 4 + (i % 256), data, 0, 1 + (i * 37 % 3000));
                }
            });
            Assert.AreEqual(0L, allocated, "bytes allocated by 100 transfers");
        }

        [TestMethod]
        public void DisposeClosesTheDeviceOnceAndRefusesLaterTransfers()
        {
            SpiDevice device = new SpiDevice();
            SpiDeviceBus bus = new SpiDeviceBus(device, 20000000, 64);
            bus.Dispose();
            bus.Dispose();
            Assert.AreEqual(1, device.Disposals);
            Assert.ThrowsException(typeof(ObjectDisposedException), () => bus.Transfer(new byte[1], 0, 1, null, 0, 0));
            Assert.AreEqual(0, device.Transfers);
        }
    }
}

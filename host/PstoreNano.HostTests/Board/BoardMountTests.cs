using System;
using System.Device.Spi;
using nanoFramework.TestFramework;
using PstoreNano.Board;
using PstoreNano.Config;
using PstoreNano.Drivers.Nor;
using PstoreNano.Simulators;

namespace PstoreNano.HostTests.Board
{
    /// <summary>
    /// The board's mount path as far as it runs here: SpiDeviceBus over the SpiDevice stand-in, mounted by
    /// SpiNorPstore as NorPstore does (the pin routing before it needs the chip). A failed mount must
    /// leave the SPI device closed, or nanoFramework refuses to open it again.
    /// </summary>
    [TestClass]
    public class BoardMountTests
    {
        [TestMethod]
        public void ChipTheDriverCannotUseLeavesTheSpiDeviceClosed()
        {
            // The stand-in answers a JEDEC ID of 08 0F 16, which is no part the driver knows.
            SpiDevice device = new SpiDevice();
            SpiDeviceBus bus = new SpiDeviceBus(device, 20000000, 4096 + 8);

            Assert.ThrowsException(typeof(NorFlashException),
                () => SpiNorPstore.Mount(bus, new VirtualTimeSource(new VirtualClock()), PstoreConfig.Defaults()));
            Assert.AreEqual(1, device.Disposals);
            Assert.IsTrue(device.Transfers > 0, "the driver talked to the device before giving up");
        }
    }
}

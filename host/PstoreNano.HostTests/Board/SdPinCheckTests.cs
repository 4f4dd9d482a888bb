using nanoFramework.TestFramework;
using PstoreNano.Board;
using PstoreNano.Config;

namespace PstoreNano.HostTests.Board
{
    /// <summary>The SD module's pins are checked against the ESP32 before any is touched.</summary>
    [TestClass]
    public class SdPinCheckTests
    {
        [TestMethod]
        public void DefaultVspiWiringPasses()
        {
            SdPinCheck.Validate(Sd());
        }

        [TestMethod]
        [DataRow(7, "CONFIG_PSTORENANO_SPI_CS_PIN", "own SPI flash")]
        [DataRow(35, "CONFIG_PSTORENANO_SPI_CS_PIN", "input-only")]
        [DataRow(24, "CONFIG_PSTORENANO_SPI_CS_PIN", "does not exist")]
        [DataRow(19, "CONFIG_PSTORENANO_SPI_CS_PIN", "already CONFIG_PSTORENANO_SPI_MISO_PIN")]
        public void BadChipSelectIsNamed(int pin, string key, string why)
        {
            PstoreConfig config = Sd();
            config.ChipSelectPin = pin;

            string message = null;
            try
            {
                SdPinCheck.Validate(config);
            }
            catch (PstoreConfigException e)
            {
                message = e.Message;
            }

            Assert.IsNotNull(message, "GPIO " + pin + " passed");
            Assert.IsTrue(message.Contains(key) && message.Contains(why), message);
        }

        [TestMethod]
        public void MisoMayUseAnInputOnlyGpio()
        {
            PstoreConfig config = Sd();
            config.SpiMisoPin = 34;

            SdPinCheck.Validate(config);
        }

        private static PstoreConfig Sd()
        {
            PstoreConfig config = PstoreConfig.Defaults();
            config.Backend = StorageBackend.Sd;
            return config;
        }
    }
}

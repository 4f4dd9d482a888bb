// Generated from nf.config by "dotnet run --project host/PstoreNano.Tool -- genconfig". Do not edit.
namespace PstoreNano.Config
{
    /// <summary>The defaults of nf.config, compiled in (the device has no file system to read it from).</summary>
    internal static class NfConfigDefaults
    {
        /// <summary>The nf.config text these defaults were generated from.</summary>
        public const string Text =
            "CONFIG_PSTORE_BLK_KMSG_SIZE=64\n" +
            "CONFIG_PSTORE_BLK_PMSG_SIZE=256\n" +
            "CONFIG_PSTORE_BLK_MAX_REASON=2\n" +
            "CONFIG_PSTORENANO_BACKEND=nor\n" +
            "CONFIG_PSTORENANO_PARTITION_OFFSET=0x0\n" +
            "CONFIG_PSTORENANO_PARTITION_SIZE=1024\n" +
            "CONFIG_PSTORENANO_SD_MBR_PARTITION=0\n" +
            "CONFIG_PSTORENANO_SD_PANIC_BUDGET_MS=500\n" +
            "CONFIG_PSTORENANO_KMSG_RAM_SIZE=4096\n" +
            "CONFIG_PSTORENANO_PMSG_BUFFER_SIZE=0\n" +
            "# CONFIG_PSTORENANO_RTC is not set\n" +
            "CONFIG_PSTORENANO_SPI_BUS=1\n" +
            "CONFIG_PSTORENANO_SPI_CLOCK_HZ=20000000\n" +
            "CONFIG_PSTORENANO_SPI_MOSI_PIN=23\n" +
            "CONFIG_PSTORENANO_SPI_MISO_PIN=19\n" +
            "CONFIG_PSTORENANO_SPI_SCK_PIN=18\n" +
            "CONFIG_PSTORENANO_SPI_CS_PIN=5\n";

        /// <summary>Sets every value of nf.config on <paramref name="config"/>.</summary>
        public static void Apply(PstoreConfig config)
        {
            NfConfigParser.Apply(Text, config);
        }
    }
}

using PstoreNano.Config;
using PstoreNano.Testing;

namespace PstoreNano.Tests
{
    /// <summary>The small partition the public-API tests mount: 64 KiB of RAM flash.</summary>
    internal static class StoreKit
    {
        public static MemoryFlashDevice NewDevice()
        {
            return new MemoryFlashDevice(64 * 1024, 256, 4096, "pstore_mem");
        }

        /// <summary>A 16 KiB pmsg ring, 8 KiB dmesg zones and a 2 KiB RAM ring.</summary>
        public static PstoreConfig SmallConfig()
        {
            PstoreConfig c = PstoreConfig.Defaults();
            c.PmsgSize = 16 * 1024;
            c.KmsgSize = 8 * 1024;
            c.KmsgRamSize = 2048;
            return c;
        }
    }
}

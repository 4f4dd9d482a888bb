using System;
using System.IO;

namespace PstoreNano.HostTests.Dmesg
{
    /// <summary>The partitions Linux 6.1's pstore/blk wrote (tests/fixtures/linux-6.1-pstore_blk).</summary>
    public static class LinuxFixtures
    {
        /// <summary>Size of one dmesg zone in the fixtures (kmsg_size=64).</summary>
        public const int ZoneSize = 64 * 1024;

        /// <summary>Full path of a fixture file, found by walking up from the test binaries to the repository.</summary>
        public static string PathOf(string relative)
        {
            string dir = AppContext.BaseDirectory;
            while (dir != null)
            {
                string candidate = Path.Combine(dir, "tests", "fixtures", "linux-6.1-pstore_blk", relative);
                if (File.Exists(candidate))
                {
                    return candidate;
                }

                dir = Path.GetDirectoryName(dir.TrimEnd(Path.DirectorySeparatorChar));
            }

            throw new FileNotFoundException("fixture " + relative + " not found above " + AppContext.BaseDirectory);
        }

        /// <summary>The bytes of a fixture file.</summary>
        public static byte[] Read(string relative)
        {
            return File.ReadAllBytes(PathOf(relative));
        }
    }
}

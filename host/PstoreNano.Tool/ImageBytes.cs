using System.IO;
using PstoreNano.Testing;
using PstoreNano.Tool.Cli;

namespace PstoreNano.Tool
{
    /// <summary>Reads a partition image the user named, and says plainly why a file cannot be one.</summary>
    public static class ImageBytes
    {
        /// <summary>Images are whole partitions: multiples of the 4 KiB erase unit (so of the 512-byte sector).</summary>
        public const int Granule = 4096;

        public static byte[] Read(string path)
        {
            if (string.IsNullOrWhiteSpace(path))
            {
                throw ToolError.Problem("--image was given an empty file name; give the partition image file");
            }

            string what = "--image " + path;
            if (Directory.Exists(path))
            {
                throw ToolError.Problem(what + ": is a directory; give the partition image file");
            }

            if (!File.Exists(path))
            {
                throw ToolError.Problem(what + ": no such file");
            }

            byte[] bytes;
            try
            {
                bytes = File.ReadAllBytes(path);
            }
            catch (IOException e)
            {
                throw ToolError.Problem(what + ": cannot be read (" + e.Message + ")");
            }
            catch (System.UnauthorizedAccessException)
            {
                throw ToolError.Problem(what + ": permission denied");
            }

            if (bytes.Length == 0)
            {
                throw ToolError.Problem(what + ": the file is empty; a partition image holds the whole partition " +
                    "(a multiple of 4 KiB), e.g. a dump of the flash partition or the card's pstore partition");
            }

            if (bytes.Length % Granule != 0)
            {
                throw ToolError.Problem(what + ": " + Describe(bytes.Length) + " is not a whole number of 4 KiB erase units" +
                    (bytes.Length % MemoryBlockDevice.SectorSize == 0 ? "" : " (nor of 512-byte sectors)") +
                    "; is the dump truncated?");
            }

            return bytes;
        }

        /// <summary>"262144 bytes (256 KiB)".</summary>
        public static string Describe(long bytes)
        {
            return bytes % 1024 == 0 ? bytes + " bytes (" + bytes / 1024 + " KiB)" : bytes + " bytes";
        }
    }
}

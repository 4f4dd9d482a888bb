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
            using (FileStream file = Open(path))
            {
                byte[] bytes = new byte[file.Length];
                try
                {
                    file.ReadExactly(bytes);
                }
                catch (IOException e)
                {
                    throw ToolError.Problem("--image " + path + ": cannot be read (" + e.Message + ")");
                }

                return bytes;
            }
        }

        /// <summary>
        /// Opens the image for reading after the checks <see cref="Read"/> makes, so a whole-card image need not
        /// be held in memory.
        /// </summary>
        public static FileStream Open(string path)
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

            FileStream file;
            try
            {
                file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read);
            }
            catch (IOException e)
            {
                throw ToolError.Problem(what + ": cannot be read (" + e.Message + ")");
            }
            catch (System.UnauthorizedAccessException)
            {
                throw ToolError.Problem(what + ": permission denied");
            }

            long length = file.Length;
            if (length == 0 || length % Granule != 0)
            {
                file.Dispose();
                throw length == 0
                    ? ToolError.Problem(what + ": the file is empty; a partition image holds the whole partition " +
                        "(a multiple of 4 KiB), e.g. a dump of the flash partition or the card's pstore partition")
                    : ToolError.Problem(what + ": " + Describe(length) + " is not a whole number of 4 KiB erase units" +
                        (length % MemoryBlockDevice.SectorSize == 0 ? "" : " (nor of 512-byte sectors)") +
                        "; is the dump truncated?");
            }

            return file;
        }

        /// <summary>The size of an image that passes the checks of <see cref="Open"/>.</summary>
        public static long Length(string path)
        {
            using (FileStream file = Open(path))
            {
                return file.Length;
            }
        }

        /// <summary>"262144 bytes (256 KiB)".</summary>
        public static string Describe(long bytes)
        {
            return bytes % 1024 == 0 ? bytes + " bytes (" + bytes / 1024 + " KiB)" : bytes + " bytes";
        }
    }
}

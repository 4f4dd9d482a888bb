using System;
using System.IO;
using PstoreNano.Config;
using PstoreNano.Devices;

namespace PstoreNano.Tool
{
    /// <summary>A partition image file opened as a zone device; Save writes the device's bytes back.</summary>
    public sealed class ImageFile
    {
        public const int NorPageSize = 256;
        public const int NorSectorSize = 4096;

        private ImageFile(string path, MemoryFlashDevice device)
        {
            Path = path;
            Device = device;
        }

        public string Path { get; }

        public MemoryFlashDevice Device { get; }

        /// <summary>Opens an existing image.</summary>
        public static ImageFile Open(string path, string medium)
        {
            if (!File.Exists(path))
            {
                throw new IOException("no image at " + path);
            }

            byte[] bytes = File.ReadAllBytes(path);
            return new ImageFile(path, CreateDevice(bytes, medium));
        }

        /// <summary>Creates an erased image of the configured partition size.</summary>
        public static ImageFile Create(string path, PstoreConfig config, string medium)
        {
            int size = config.PartitionSize > 0 ? config.PartitionSize : 1024 * 1024;
            byte[] erased = new byte[size];
            Array.Fill(erased, (byte)0xFF);
            ImageFile image = new ImageFile(path, CreateDevice(erased, medium));
            image.Save();
            return image;
        }

        /// <summary>Writes the device's contents to the file (a clean power-off).</summary>
        public void Save()
        {
            string dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path));
            Directory.CreateDirectory(dir);
            File.WriteAllBytes(Path, Device.Data);
        }

        private static MemoryFlashDevice CreateDevice(byte[] bytes, string medium)
        {
            if (medium != "nor")
            {
                throw new ArgumentException("--medium " + medium + " is not supported yet for images");
            }

            if (bytes.Length == 0 || bytes.Length % NorSectorSize != 0)
            {
                throw new IOException("image size " + bytes.Length + " is not a multiple of the " + NorSectorSize + "-byte sector");
            }

            return new MemoryFlashDevice(bytes, NorPageSize, NorSectorSize, "pstore_nor");
        }
    }
}

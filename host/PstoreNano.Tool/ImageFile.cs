using System;
using System.IO;
using PstoreNano.Config;
using PstoreNano.Devices;
using PstoreNano.Drivers.Nor;
using PstoreNano.Simulators;
using PstoreNano.Simulators.Nor;
using PstoreNano.Testing;
using PstoreNano.Tool.Cli;

namespace PstoreNano.Tool
{
    /// <summary>
    /// A partition image file opened as the engine's zone device. A NOR image goes through the real driver
    /// stack: NorZoneDevice → SpiNorFlash → the simulated W25Q128JV on a virtual clock, with the image at the
    /// configured partition offset; a block image is a RAM block device (512-byte sectors, as Linux's
    /// pstore/blk uses); an SD image is a whole card, opened by <see cref="SdCardImage"/>. <see cref="Save"/> writes the partition back (a clean power-off).
    /// </summary>
    public sealed class ImageFile
    {
        public const int NorClockHz = 20000000;

        private readonly Action<string> _save;

        /// <summary>An opened image; <paramref name="save"/> writes the device's bytes back to the file it is given.</summary>
        internal ImageFile(string path, IZoneDevice device, VirtualClock clock, string region, Action<string> save)
        {
            Path = path;
            Device = device;
            Clock = clock;
            Region = region;
            _save = save;
        }

        public string Path { get; }

        public IZoneDevice Device { get; }

        /// <summary>The simulated chip's clock (NOR and SD): the modeled time spent on the chip.</summary>
        public VirtualClock Clock { get; }

        /// <summary>Where on the medium the partition lies, for messages ("MBR partition 2 (type 0xDA)"); null for a partition image.</summary>
        public string Region { get; }

        /// <summary>The partition's bytes as the file held them when opened (before any mount touched them).</summary>
        public byte[] OriginalBytes { get; internal set; }

        /// <summary>Opens an existing image; a file that cannot be one fails with a message naming --image.</summary>
        public static ImageFile Open(string path, string medium, PstoreConfig config)
        {
            if (medium == "sd")
            {
                using (FileStream file = ImageBytes.Open(path))
                {
                    return SdCardImage.Load(path, file, config);
                }
            }

            return Load(path, ImageBytes.Read(path), medium, config);
        }

        /// <summary>Creates an erased image of the configured partition size (SD: a card with it as MBR partition 1).</summary>
        public static ImageFile Create(string path, PstoreConfig config, string medium)
        {
            int size = config.PartitionSize > 0 ? config.PartitionSize : 1024 * 1024;
            if (medium == "sd")
            {
                string dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
                Directory.CreateDirectory(dir);
                File.WriteAllBytes(path, SdCardImage.Blank(size));
                return Open(path, medium, config);
            }

            byte[] erased = new byte[size];
            Array.Fill(erased, (byte)0xFF);
            ImageFile image = Load(path, erased, medium, config);
            image.Save();
            return image;
        }

        /// <summary>Writes the partition's bytes to the file.</summary>
        public void Save()
        {
            string dir = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path));
            Directory.CreateDirectory(dir);
            _save(Path);
        }

        // A partition image is the whole file: it is rewritten from the device's bytes.
        private static Action<string> Rewrite(byte[] data, int offset, int size)
        {
            return path =>
            {
                using (FileStream file = File.Create(path))
                {
                    file.Write(data, offset, size);
                }
            };
        }

        private static ImageFile Load(string path, byte[] bytes, string medium, PstoreConfig config)
        {
            if (medium == "block")
            {
                MemoryBlockDevice block = new MemoryBlockDevice((byte[])bytes.Clone(), "pstore_blk");
                return new ImageFile(path, block, null, null, Rewrite(block.Data, 0, bytes.Length)) { OriginalBytes = bytes };
            }

            VirtualClock clock = new VirtualClock();
            SimulatedNorChip chip = new SimulatedNorChip(NorChipModel.W25Q128JV(), clock, NorClockHz, NorTimingMode.Typical);
            int offset = config.PartitionOffset;
            if (offset < 0 || offset > chip.Data.Length - bytes.Length)
            {
                throw ToolError.Problem("--image " + path + ": " + ImageBytes.Describe(bytes.Length) + " at partition offset 0x" +
                    offset.ToString("X") + " (nf.config) does not fit the " + chip.Data.Length / (1024 * 1024) + " MiB " +
                    chip.Model.Name + "; is it a partition image, or a whole-chip dump at another offset?");
            }

            Array.Copy(bytes, 0, chip.Data, offset, bytes.Length);
            SpiNorFlash flash = new SpiNorFlash(chip, new VirtualTimeSource(clock));
            flash.Init();
            return new ImageFile(path, new NorZoneDevice(flash, offset, bytes.Length), clock, null, Rewrite(chip.Data, offset, bytes.Length))
            {
                OriginalBytes = bytes,
            };
        }
    }
}

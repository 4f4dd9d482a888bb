using System;

namespace PstoreNano.Testing
{
    /// <summary>
    /// A block-device partition held in RAM (an SD card seen through its 512-byte sectors): any program
    /// overwrites in place, and Erase fills with 0xFF. A power cut after any byte leaves the sector in
    /// flight torn (its bytes up to the cut new, the rest old) and nothing after it changed.
    /// </summary>
    public sealed class MemoryBlockDevice : MemoryDevice
    {
        /// <summary>Sector size of SD cards and of Linux's block layer.</summary>
        public const int SectorSize = 512;

        /// <summary>Creates a device of <paramref name="size"/> bytes (a multiple of 512) holding zeros.</summary>
        public MemoryBlockDevice(int size, string name)
            : base(size, SectorSize, SectorSize, name)
        {
        }

        /// <summary>Creates a device that holds a copy of an image (for example a partition file).</summary>
        public MemoryBlockDevice(byte[] image, string name)
            : this(image.Length, name)
        {
            Array.Copy(image, Data, image.Length);
        }

        /// <inheritdoc/>
        public override bool EraseBeforeProgram { get { return false; } }
    }
}

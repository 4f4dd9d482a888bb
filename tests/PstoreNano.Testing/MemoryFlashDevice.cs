using System;

namespace PstoreNano.Testing
{
    /// <summary>
    /// A flash partition held in RAM that enforces the rules of NOR flash: erased bytes read 0xFF,
    /// a program may only clear bits, erases are whole aligned units. It counts every operation and
    /// erase per unit (wear), and can cut the power after any byte of any program or erase.
    /// </summary>
    public sealed class MemoryFlashDevice : MemoryDevice
    {
        private readonly int[] _eraseCounts;

        /// <summary>Creates an erased device.</summary>
        public MemoryFlashDevice(int size, int pageSize, int eraseSize, string name)
            : base(size, pageSize, eraseSize, name)
        {
            _eraseCounts = new int[size / eraseSize];
            Fill(0, size);
        }

        /// <summary>Creates a device that holds a copy of an image (for example a partition file).</summary>
        public MemoryFlashDevice(byte[] image, int pageSize, int eraseSize, string name)
            : this(image.Length, pageSize, eraseSize, name)
        {
            Array.Copy(image, Data, image.Length);
        }

        /// <inheritdoc/>
        public override bool EraseBeforeProgram { get { return true; } }

        /// <summary>How many times an erase unit was erased.</summary>
        public int EraseCount(int unitIndex)
        {
            return _eraseCounts[unitIndex];
        }

        /// <inheritdoc/>
        protected override void CheckProgram(int address, byte[] buffer, int offset, int count)
        {
            byte[] data = Data;
            for (int i = 0; i < count; i++)
            {
                byte current = data[address + i];
                byte wanted = buffer[offset + i];
                if ((current & wanted) != wanted)
                {
                    throw new InvalidOperationException("program at 0x" + (address + i).ToString("X") +
                        " would set bits: flash holds 0x" + current.ToString("X2") + ", data 0x" + wanted.ToString("X2"));
                }
            }
        }

        /// <inheritdoc/>
        protected override void OnErase(int unitIndex)
        {
            _eraseCounts[unitIndex]++;
        }
    }
}

using System;

namespace PstoreNano.Devices
{
    /// <summary>
    /// A block-device partition held in RAM (an SD card seen through its 512-byte sectors): any program
    /// overwrites in place, and Erase fills with 0xFF. It counts operations like
    /// <see cref="MemoryFlashDevice"/> and can cut the power after any byte: the sector in flight is then
    /// torn (its bytes up to the cut new, the rest old) and nothing after it changes.
    /// </summary>
    public sealed class MemoryBlockDevice : IZoneDevice
    {
        /// <summary>Sector size of SD cards and of Linux's block layer.</summary>
        public const int SectorSize = 512;

        private readonly byte[] _data;
        private readonly string _name;
        private long _cutBudget = -1;
        private bool _poweredOff;

        /// <summary>Creates a device of <paramref name="size"/> bytes (a multiple of 512) holding zeros.</summary>
        public MemoryBlockDevice(int size, string name)
        {
            if (size <= 0 || size % SectorSize != 0)
            {
                throw new ArgumentException("size must be a positive multiple of " + SectorSize + ", found " + size);
            }

            _data = new byte[size];
            _name = name;
        }

        /// <summary>Creates a device that holds a copy of an image (for example a partition file).</summary>
        public MemoryBlockDevice(byte[] image, string name)
            : this(image.Length, name)
        {
            Array.Copy(image, _data, image.Length);
        }

        /// <inheritdoc/>
        public string Name { get { return _name; } }

        /// <inheritdoc/>
        public int Size { get { return _data.Length; } }

        /// <inheritdoc/>
        public int PageSize { get { return SectorSize; } }

        /// <inheritdoc/>
        public int EraseSize { get { return SectorSize; } }

        /// <inheritdoc/>
        public bool EraseBeforeProgram { get { return false; } }

        /// <summary>The raw contents: tests inspect and damage it directly.</summary>
        public byte[] Data { get { return _data; } }

        /// <summary>Read calls made.</summary>
        public long ReadOps { get; private set; }

        /// <summary>Bytes read.</summary>
        public long BytesRead { get; private set; }

        /// <summary>Program calls made.</summary>
        public long ProgramOps { get; private set; }

        /// <summary>Sectors touched by programs: what a card would count as sector writes.</summary>
        public long PagePrograms { get; private set; }

        /// <summary>Bytes programmed.</summary>
        public long BytesProgrammed { get; private set; }

        /// <summary>Sectors erased.</summary>
        public long EraseOps { get; private set; }

        /// <summary>Steps taken so far: one per byte programmed or erased (see <see cref="CutAfter"/>).</summary>
        public long Steps { get; private set; }

        /// <summary>True after a power cut until <see cref="PowerOn"/>.</summary>
        public bool IsPoweredOff { get { return _poweredOff; } }

        /// <summary>
        /// Cuts the power once <paramref name="steps"/> more bytes have been programmed or erased: the
        /// operation under way keeps what it did up to then and throws <see cref="PowerCutException"/>,
        /// and so does every later operation until <see cref="PowerOn"/>.
        /// </summary>
        public void CutAfter(long steps)
        {
            if (steps < 0)
            {
                throw new ArgumentOutOfRangeException("steps");
            }

            _cutBudget = steps;
        }

        /// <summary>Cancels a scheduled cut.</summary>
        public void Disarm()
        {
            _cutBudget = -1;
        }

        /// <summary>Restores power after a cut (a reboot); the contents stay as the cut left them.</summary>
        public void PowerOn()
        {
            _poweredOff = false;
            _cutBudget = -1;
        }

        /// <summary>Sets the operation counters to zero.</summary>
        public void ResetCounters()
        {
            ReadOps = 0;
            BytesRead = 0;
            ProgramOps = 0;
            PagePrograms = 0;
            BytesProgrammed = 0;
            EraseOps = 0;
            Steps = 0;
        }

        /// <inheritdoc/>
        public void Read(int address, byte[] buffer, int offset, int count)
        {
            Check(address, count);
            ReadOps++;
            BytesRead += count;
            Array.Copy(_data, address, buffer, offset, count);
        }

        /// <inheritdoc/>
        public void Program(int address, byte[] buffer, int offset, int count)
        {
            Check(address, count);
            if (count == 0)
            {
                return;
            }

            ProgramOps++;
            PagePrograms += (address + count - 1) / SectorSize - address / SectorSize + 1;
            int allowed = Consume(count);
            Array.Copy(buffer, offset, _data, address, allowed);
            BytesProgrammed += allowed;
            if (allowed < count)
            {
                Cut("program", address + allowed);
            }
        }

        /// <inheritdoc/>
        public void Erase(int address, int count)
        {
            Check(address, count);
            if (address % SectorSize != 0 || count % SectorSize != 0)
            {
                throw new ArgumentException("erase of 0x" + address.ToString("X") + "+" + count +
                    " is not aligned to the " + SectorSize + "-byte sector");
            }

            EraseOps += count / SectorSize;
            int allowed = Consume(count);
            Fill(address, allowed);

            if (allowed < count)
            {
                Cut("erase", address + allowed);
            }
        }

        /// <inheritdoc/>
        public void PanicTakeOver()
        {
            Check(0, 0);
        }

        private int Consume(int wanted)
        {
            int allowed = wanted;
            if (_cutBudget >= 0 && _cutBudget < wanted)
            {
                allowed = (int)_cutBudget;
            }

            if (_cutBudget >= 0)
            {
                _cutBudget -= allowed;
            }

            Steps += allowed;
            return allowed;
        }

        private void Cut(string operation, int address)
        {
            _poweredOff = true;
            _cutBudget = -1;
            throw new PowerCutException("power cut during " + operation + " at 0x" + address.ToString("X"));
        }

        private void Fill(int address, int count)
        {
            // Doubling copies: a few Array.Copy calls instead of a per-byte loop.
            if (count <= 0)
            {
                return;
            }

            _data[address] = 0xFF;
            for (int filled = 1; filled < count; filled *= 2)
            {
                Array.Copy(_data, address, _data, address + filled, filled < count - filled ? filled : count - filled);
            }
        }

        private void Check(int address, int count)
        {
            if (_poweredOff)
            {
                throw new PowerCutException("device is powered off");
            }

            if (address < 0 || count < 0 || address > _data.Length - count)
            {
                throw new ArgumentOutOfRangeException("address", "0x" + address.ToString("X") + "+" + count +
                    " is outside the " + _data.Length + "-byte device");
            }
        }
    }
}

using System;

namespace PstoreNano.Devices
{
    /// <summary>
    /// A flash partition held in RAM that enforces the rules of NOR flash: erased bytes read 0xFF,
    /// a program may only clear bits, erases are whole aligned units. It counts every operation and
    /// can cut the power after any byte of any program or erase, for power-loss tests.
    /// </summary>
    public sealed class MemoryFlashDevice : IZoneDevice
    {
        private readonly byte[] _data;
        private readonly int _pageSize;
        private readonly int _eraseSize;
        private readonly string _name;
        private readonly int[] _eraseCounts;
        private long _cutBudget = -1;
        private bool _poweredOff;

        /// <summary>Creates an erased device.</summary>
        public MemoryFlashDevice(int size, int pageSize, int eraseSize, string name)
        {
            if (pageSize <= 0 || eraseSize <= 0 || eraseSize % pageSize != 0)
            {
                throw new ArgumentException("eraseSize must be a positive multiple of pageSize");
            }

            if (size <= 0 || size % eraseSize != 0)
            {
                throw new ArgumentException("size must be a positive multiple of eraseSize");
            }

            _data = new byte[size];
            _pageSize = pageSize;
            _eraseSize = eraseSize;
            _name = name;
            _eraseCounts = new int[size / eraseSize];
            Fill(0, size);
        }

        /// <summary>Creates a device that holds a copy of an image (for example a partition file).</summary>
        public MemoryFlashDevice(byte[] image, int pageSize, int eraseSize, string name)
            : this(image.Length, pageSize, eraseSize, name)
        {
            Array.Copy(image, _data, image.Length);
        }

        /// <inheritdoc/>
        public string Name { get { return _name; } }

        /// <inheritdoc/>
        public int Size { get { return _data.Length; } }

        /// <inheritdoc/>
        public int PageSize { get { return _pageSize; } }

        /// <inheritdoc/>
        public int EraseSize { get { return _eraseSize; } }

        /// <inheritdoc/>
        public bool EraseBeforeProgram { get { return true; } }

        /// <summary>The raw contents: tests inspect and damage it directly.</summary>
        public byte[] Data { get { return _data; } }

        /// <summary>Read calls made.</summary>
        public long ReadOps { get; private set; }

        /// <summary>Bytes read.</summary>
        public long BytesRead { get; private set; }

        /// <summary>Program calls made.</summary>
        public long ProgramOps { get; private set; }

        /// <summary>Pages touched by programs: what a NOR chip would count as page-program operations.</summary>
        public long PagePrograms { get; private set; }

        /// <summary>Bytes programmed.</summary>
        public long BytesProgrammed { get; private set; }

        /// <summary>Erase units erased.</summary>
        public long EraseOps { get; private set; }

        /// <summary>
        /// Steps taken so far: one per byte programmed and one per byte erased. A power cut is
        /// scheduled in these steps (see <see cref="CutAfter"/>).
        /// </summary>
        public long Steps { get; private set; }

        /// <summary>True after a power cut until <see cref="PowerOn"/>.</summary>
        public bool IsPoweredOff { get { return _poweredOff; } }

        /// <summary>How many times an erase unit was erased.</summary>
        public int EraseCount(int unitIndex)
        {
            return _eraseCounts[unitIndex];
        }

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

        /// <summary>Sets the operation counters to zero (not the erase counts, which are wear).</summary>
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
            CheckPower();
            CheckRange(address, count);
            ReadOps++;
            BytesRead += count;
            Array.Copy(_data, address, buffer, offset, count);
        }

        /// <inheritdoc/>
        public void Program(int address, byte[] buffer, int offset, int count)
        {
            CheckPower();
            CheckRange(address, count);
            if (count == 0)
            {
                return;
            }

            for (int i = 0; i < count; i++)
            {
                byte current = _data[address + i];
                byte wanted = buffer[offset + i];
                if ((current & wanted) != wanted)
                {
                    throw new InvalidOperationException("program at 0x" + (address + i).ToString("X") +
                        " would set bits: flash holds 0x" + current.ToString("X2") + ", data 0x" + wanted.ToString("X2"));
                }
            }

            ProgramOps++;
            PagePrograms += (address + count - 1) / _pageSize - address / _pageSize + 1;
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
            CheckPower();
            CheckRange(address, count);
            if (address % _eraseSize != 0 || count % _eraseSize != 0)
            {
                throw new ArgumentException("erase of 0x" + address.ToString("X") + "+" + count +
                    " is not aligned to the erase size " + _eraseSize);
            }

            for (int unit = address; unit < address + count; unit += _eraseSize)
            {
                EraseOps++;
                _eraseCounts[unit / _eraseSize]++;
                int allowed = Consume(_eraseSize);
                Fill(unit, allowed);
                if (allowed < _eraseSize)
                {
                    Cut("erase", unit + allowed);
                }
            }
        }

        /// <inheritdoc/>
        public void PanicTakeOver()
        {
            CheckPower();
        }

        private int Consume(int wanted)
        {
            if (_cutBudget < 0)
            {
                Steps += wanted;
                return wanted;
            }

            int allowed = _cutBudget < wanted ? (int)_cutBudget : wanted;
            _cutBudget -= allowed;
            Steps += allowed;
            if (allowed < wanted)
            {
                return allowed;
            }

            return wanted;
        }

        private void Cut(string operation, int address)
        {
            _poweredOff = true;
            _cutBudget = -1;
            throw new PowerCutException("power cut during " + operation + " at 0x" + address.ToString("X"));
        }

        private void CheckPower()
        {
            if (_poweredOff)
            {
                throw new PowerCutException("device is powered off");
            }
        }

        private void CheckRange(int address, int count)
        {
            if (address < 0 || count < 0 || address > _data.Length - count)
            {
                throw new ArgumentOutOfRangeException("address", "0x" + address.ToString("X") + "+" + count +
                    " is outside the " + _data.Length + "-byte device");
            }
        }

        private void Fill(int address, int count)
        {
            // Doubling copies: a few Array.Copy calls instead of a per-byte loop.
            if (count <= 0)
            {
                return;
            }

            _data[address] = 0xFF;
            int filled = 1;
            while (filled < count)
            {
                int n = filled < count - filled ? filled : count - filled;
                Array.Copy(_data, address, _data, address + filled, n);
                filled += n;
            }
        }
    }
}

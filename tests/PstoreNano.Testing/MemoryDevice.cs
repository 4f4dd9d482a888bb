using System;
using PstoreNano.Devices;

namespace PstoreNano.Testing
{
    /// <summary>
    /// A partition held in RAM, the common part of <see cref="MemoryFlashDevice"/> and
    /// <see cref="MemoryBlockDevice"/>: bounds checks, operation counters, and a power cut after any
    /// byte of any program or erase. The medium's own rules come from the subclass.
    /// </summary>
    public abstract class MemoryDevice : IZoneDevice
    {
        private readonly byte[] _data;
        private readonly int _pageSize;
        private readonly int _eraseSize;
        private readonly string _name;
        private long _cutBudget = -1;
        private bool _poweredOff;

        /// <summary>Creates a device of <paramref name="size"/> bytes; the subclass sets the first contents.</summary>
        protected MemoryDevice(int size, int pageSize, int eraseSize, string name)
        {
            if (pageSize <= 0)
            {
                throw new ArgumentOutOfRangeException(nameof(pageSize), "page size must be positive, found " + pageSize);
            }

            if (eraseSize <= 0 || eraseSize % pageSize != 0)
            {
                throw new ArgumentException("erase size must be a positive multiple of the page size " + pageSize +
                    ", found " + eraseSize, nameof(eraseSize));
            }

            if (size <= 0 || size % eraseSize != 0)
            {
                throw new ArgumentException("size must be a positive multiple of " + eraseSize + ", found " + size, nameof(size));
            }

            _data = new byte[size];
            _pageSize = pageSize;
            _eraseSize = eraseSize;
            _name = name;
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
        public abstract bool EraseBeforeProgram { get; }

        /// <summary>The raw contents: tests inspect and damage it directly.</summary>
        public byte[] Data { get { return _data; } }

        /// <summary>Read calls made.</summary>
        public long ReadOps { get; private set; }

        /// <summary>Bytes read.</summary>
        public long BytesRead { get; private set; }

        /// <summary>Program calls made.</summary>
        public long ProgramOps { get; private set; }

        /// <summary>Pages (sectors) touched by programs: what the chip or card counts as program operations.</summary>
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

        /// <summary>
        /// Cuts the power once <paramref name="steps"/> more bytes have been programmed or erased: the
        /// operation under way keeps what it did up to then and throws <see cref="PowerCutException"/>,
        /// and so does every later operation until <see cref="PowerOn"/>.
        /// </summary>
        public void CutAfter(long steps)
        {
            if (steps < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(steps), "a cut after " + steps + " steps is in the past");
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

        /// <summary>Sets the operation counters to zero (not wear, which a subclass may keep).</summary>
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

            CheckProgram(address, buffer, offset, count);
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
            Check(address, count);
            if (address % _eraseSize != 0 || count % _eraseSize != 0)
            {
                throw new ArgumentException("erase of 0x" + address.ToString("X") + "+" + count +
                    " is not aligned to the erase size " + _eraseSize, address % _eraseSize != 0 ? nameof(address) : nameof(count));
            }

            for (int unit = address; unit < address + count; unit += _eraseSize)
            {
                EraseOps++;
                OnErase(unit / _eraseSize);
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
            Check(0, 0);
        }

        /// <summary>Refuses a program the medium does not allow (throws); called before anything changes.</summary>
        protected virtual void CheckProgram(int address, byte[] buffer, int offset, int count)
        {
        }

        /// <summary>Called as an erase unit starts erasing (wear accounting).</summary>
        protected virtual void OnErase(int unitIndex)
        {
        }

        /// <summary>Sets <paramref name="count"/> bytes to 0xFF with doubling copies (no per-byte loop).</summary>
        protected void Fill(int address, int count)
        {
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

        private int Consume(int wanted)
        {
            int allowed = wanted;
            if (_cutBudget >= 0)
            {
                if (_cutBudget < wanted)
                {
                    allowed = (int)_cutBudget;
                }

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

        private void Check(int address, int count)
        {
            if (_poweredOff)
            {
                throw new PowerCutException("device is powered off");
            }

            if (address < 0 || count < 0 || address > _data.Length - count)
            {
                throw new ArgumentOutOfRangeException(address < 0 || address > _data.Length ? nameof(address) : nameof(count),
                    "0x" + address.ToString("X") + "+" + count + " is outside the " + _data.Length + "-byte device");
            }
        }
    }
}

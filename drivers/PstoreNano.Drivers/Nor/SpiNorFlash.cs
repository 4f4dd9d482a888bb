using System;

namespace PstoreNano.Drivers.Nor
{
    /// <summary>
    /// Driver for a JEDEC SPI NOR flash chip over an <see cref="ISpiBus"/>: identifies the part (JEDEC ID,
    /// SFDP), reads, programs page by page and erases with the largest aligned erase unit, polling the
    /// BUSY bit with timeouts taken from the part's datasheet maxima. All buffers are allocated here, once.
    /// The driver owns its bus: <see cref="Dispose"/> releases it.
    /// </summary>
    public sealed class SpiNorFlash : IDisposable
    {
        /// <summary>Longest single read transaction; longer reads are split.</summary>
        public const int MaxTransfer = 16 * 1024;

        // Release from deep power-down: Winbond tRES1 3 us, MX25R6435F 35 us; reset recovery: Winbond tRST 30 us,
        // Macronix unverified, Linux sleeps 200-400 us after any soft reset (../shared/research/nor-timing.md §4, 5-6).
        private const int ReleaseDelay = 50;
        private const int ResetDelay = 200;
        private const int Megabytes16 = 16 * 1024 * 1024;

        // Before the part is known, wait as long as the slowest 64 KiB erase in the table (MX25R6435F, 3.5 s) allows.
        private static readonly int InitBusyTimeout = SlowestBlockErase() * NorTiming.SafetyFactor;
        private const int InitPollInterval = 1000;

        private readonly ISpiBus _bus;
        private readonly ITimeSource _time;
        private readonly byte[] _command = new byte[6];
        private readonly byte[] _reply = new byte[4];
        private readonly byte[] _page = new byte[5 + NorPart.PageSize];
        private readonly byte[] _sfdpHeader = new byte[SfdpTable.HeaderLength];
        private readonly byte[] _bfpt = new byte[SfdpTable.MaxBfptDwords * 4];
        private readonly SfdpTable _sfdp = new SfdpTable();
        private readonly int[] _eraseSizes = new int[3];
        private readonly byte[] _eraseOpcodes = new byte[3];
        private int _eraseTypes;
        private NorPart _part;
        private int _addressBytes = 3;

        /// <summary>
        /// Creates the driver over <paramref name="bus"/>, which it owns from then on; call <see cref="Init"/>
        /// before anything else.
        /// </summary>
        public SpiNorFlash(ISpiBus bus, ITimeSource time)
        {
            if (bus == null || time == null)
            {
                throw new ArgumentNullException(bus == null ? nameof(bus) : nameof(time));
            }

            _bus = bus;
            _time = time;
        }

        /// <summary>The identified part (null before <see cref="Init"/>).</summary>
        public NorPart Part { get { return _part; } }

        /// <summary>JEDEC ID read at init, e.g. 0xEF4018.</summary>
        public int JedecId { get; private set; }

        /// <summary>Capacity in bytes.</summary>
        public int Capacity { get { return RequirePart().Capacity; } }

        /// <summary>Program page size (256).</summary>
        public int PageSize { get { return NorPart.PageSize; } }

        /// <summary>True when the erase units came from the chip's SFDP table.</summary>
        public bool HasSfdp { get { return _sfdp.IsValid; } }

        /// <summary>Address bytes sent with each command: 3, or 4 on parts above 16 MiB.</summary>
        public int AddressBytes { get { return _addressBytes; } }

        /// <summary>Number of erase units available (sizes in <see cref="EraseUnitSize"/>, largest first).</summary>
        public int EraseUnitCount { get { return _eraseTypes; } }

        /// <summary>Size of erase unit <paramref name="index"/>, largest first.</summary>
        public int EraseUnitSize(int index)
        {
            return _eraseSizes[index];
        }

        /// <summary>The smallest erase unit (4 KiB on every supported part).</summary>
        public int SmallestEraseSize { get { return _eraseSizes[_eraseTypes - 1]; } }

        /// <summary>
        /// Waits out any operation left running, wakes the chip (release from deep power-down), resets it
        /// (0x66, 0x99), reads the JEDEC ID and SFDP, and switches to 4-byte addresses above 16 MiB.
        /// Throws <see cref="NorFlashException"/> when no chip answers or the part is unknown.
        /// </summary>
        public void Init()
        {
            _part = null;

            // A busy chip ignores every command but a status read, and a reset during an erase may corrupt
            // it: wait out whatever a previous run left going. A chip in deep power-down does not drive
            // MISO, so 0xFF (or 0x00) is a sleeping or absent chip, never a busy one.
            int status = ReadStatus();
            if (status != 0xFF && (status & NorCommand.StatusBusy) != 0)
            {
                WaitReady("init", 0, InitBusyTimeout, InitPollInterval);
            }

            SendCommand(NorCommand.ReleasePowerDown);
            _time.Delay(ReleaseDelay);
            SendCommand(NorCommand.EnableReset);
            SendCommand(NorCommand.Reset);
            _time.Delay(ResetDelay);
            _addressBytes = 3;
            JedecId = ReadJedecId();
            if (JedecId == 0x000000 || JedecId == 0xFFFFFF)
            {
                throw new NorFlashException("no SPI NOR chip answers: JEDEC ID reads " + IdText(JedecId) +
                    " (MISO stuck " + (JedecId == 0 ? "low" : "high") + "; check power, wiring and chip select)");
            }

            NorPart part = NorPart.Find(JedecId);
            if (part == null)
            {
                throw new NorFlashException("unknown SPI NOR chip: JEDEC ID " + IdText(JedecId) +
                    " is not in the part table");
            }

            ReadSfdp();
            if (_sfdp.IsValid && _sfdp.Capacity != part.Capacity)
            {
                throw new NorFlashException(part.Name + " (JEDEC ID " + IdText(JedecId) + "): SFDP density " +
                    _sfdp.Capacity + " bytes disagrees with the part table's " + part.Capacity);
            }

            ChooseEraseUnits();
            _part = part;
            if (part.Capacity > Megabytes16)
            {
                EnterFourByteMode();
            }
        }

        /// <summary>Reads status register 1 (BUSY bit 0, WEL bit 1).</summary>
        public int ReadStatus()
        {
            _command[0] = NorCommand.ReadStatus;
            _bus.Transfer(_command, 0, 1, _reply, 0, 1);
            return _reply[0];
        }

        /// <summary>True while a program or erase is in progress.</summary>
        public bool IsBusy
        {
            get { return (ReadStatus() & NorCommand.StatusBusy) != 0; }
        }

        /// <summary>Puts the chip into deep power-down: it then ignores everything but release (0xAB).</summary>
        public void DeepPowerDown()
        {
            SendCommand(NorCommand.DeepPowerDown);
        }

        /// <summary>Releases the chip from deep power-down and waits tRES1.</summary>
        public void ReleaseDeepPowerDown()
        {
            SendCommand(NorCommand.ReleasePowerDown);
            _time.Delay(ReleaseDelay);
        }

        /// <summary>
        /// Reads <paramref name="count"/> bytes at <paramref name="address"/>, in transfers of at most 16 KiB
        /// that fit the bus's frame together with the command bytes.
        /// </summary>
        public void Read(int address, byte[] buffer, int offset, int count)
        {
            CheckRange("read", address, count);
            while (count > 0)
            {
                int length = PutCommand(_command, NorCommand.Read, address);
                int most = _bus.MaxTransferBytes - length;
                most = most < MaxTransfer ? most : MaxTransfer;
                int n = count < most ? count : most;
                _bus.Transfer(_command, 0, length, buffer, offset, n);
                address += n;
                offset += n;
                count -= n;
            }
        }

        /// <summary>
        /// Programs bytes at <paramref name="address"/>, one page program per 256-byte page touched,
        /// each preceded by WREN and waited for. The target must have been erased.
        /// </summary>
        public void Program(int address, byte[] buffer, int offset, int count)
        {
            CheckRange("program", address, count);
            NorTiming timing = _part.Timing;
            int timeout = NorTiming.TimeoutFor(timing.PageProgramMax);
            int poll = timing.ProgramPollInterval;
            while (count > 0)
            {
                int room = NorPart.PageSize - (address & (NorPart.PageSize - 1));
                int n = count < room ? count : room;
                WriteEnable("program", address);
                int length = PutCommand(_page, NorCommand.PageProgram, address);
                Array.Copy(buffer, offset, _page, length, n);
                _bus.Transfer(_page, 0, length + n, null, 0, 0);
                WaitReady("program", address, timeout, poll);
                address += n;
                offset += n;
                count -= n;
            }
        }

        /// <summary>
        /// Erases [address, address + count), which must be aligned to the smallest erase unit, using the
        /// largest aligned unit that fits at each step (64 KiB, 32 KiB, 4 KiB).
        /// </summary>
        public void Erase(int address, int count)
        {
            CheckRange("erase", address, count);
            int smallest = SmallestEraseSize;
            if (address % smallest != 0 || count % smallest != 0)
            {
                throw new ArgumentException("erase of 0x" + address.ToString("X") + "+" + count +
                    " is not aligned to the " + smallest + "-byte erase unit", address % smallest != 0 ? nameof(address) : nameof(count));
            }

            NorTiming timing = _part.Timing;
            while (count > 0)
            {
                int type = LargestUnitAt(address, count);
                int size = _eraseSizes[type];
                WriteEnable("erase", address);
                int length = PutCommand(_command, _eraseOpcodes[type], address);
                _bus.Transfer(_command, 0, length, null, 0, 0);
                WaitReady("erase", address, NorTiming.TimeoutFor(timing.EraseMax(size)),
                    NorTiming.ErasePollInterval(timing.EraseTyp(size)));
                address += size;
                count -= size;
            }
        }

        /// <summary>
        /// Polls until the chip is no longer busy, for at most the longest erase the driver issues (64 KiB
        /// block maximum times the safety factor). Used after an operation may have been interrupted.
        /// </summary>
        public void WaitWhileBusy(string operation)
        {
            NorTiming timing = RequirePart().Timing;
            WaitReady(operation, 0, NorTiming.TimeoutFor(timing.Block64EraseMax), timing.ProgramPollInterval);
        }

        /// <summary>
        /// Releases the bus: disposes it when it implements <see cref="IDisposable"/> (an SpiDeviceBus closes
        /// its SPI device). The chip is left as it is; any later call fails on the released bus.
        /// </summary>
        public void Dispose()
        {
            IDisposable owned = _bus as IDisposable;
            if (owned != null)
            {
                owned.Dispose();
            }
        }

        private static int SlowestBlockErase()
        {
            int slowest = 0;
            NorPart[] known = NorPart.Known;
            for (int i = 0; i < known.Length; i++)
            {
                slowest = known[i].Timing.Block64EraseMax > slowest ? known[i].Timing.Block64EraseMax : slowest;
            }

            return slowest;
        }

        private void WaitReady(string operation, int address, int timeout, int poll)
        {
            long start = _time.NowMicroseconds;
            while (true)
            {
                int status = ReadStatus();
                if ((status & NorCommand.StatusBusy) == 0)
                {
                    return;
                }

                if (_time.NowMicroseconds - start > timeout)
                {
                    throw new NorFlashException(operation + " at 0x" + address.ToString("X") + " timed out after " +
                        timeout + " us: chip still busy, status 0x" + status.ToString("X2"));
                }

                _time.Delay(poll);
            }
        }

        private void WriteEnable(string operation, int address)
        {
            SendCommand(NorCommand.WriteEnable);
            int status = ReadStatus();
            if ((status & NorCommand.StatusWriteEnable) == 0)
            {
                throw new NorFlashException(operation + " at 0x" + address.ToString("X") +
                    ": write enable not latched (WEL clear after WREN), status 0x" + status.ToString("X2") +
                    "; the chip may be write-protected");
            }
        }

        private int ReadJedecId()
        {
            _command[0] = NorCommand.ReadJedecId;
            _bus.Transfer(_command, 0, 1, _reply, 0, 3);
            return (_reply[0] << 16) | (_reply[1] << 8) | _reply[2];
        }

        private void ReadSfdp()
        {
            ReadSfdpBytes(0, _sfdpHeader, SfdpTable.HeaderLength);
            if (_sfdp.ParseHeader(_sfdpHeader))
            {
                ReadSfdpBytes(_sfdp.BfptPointer, _bfpt, _sfdp.BfptDwords * 4);
                _sfdp.ParseBfpt(_bfpt);
            }
        }

        private void ReadSfdpBytes(int address, byte[] buffer, int count)
        {
            _command[0] = NorCommand.ReadSfdp;
            _command[1] = (byte)(address >> 16);
            _command[2] = (byte)(address >> 8);
            _command[3] = (byte)address;
            _command[4] = 0;
            _bus.Transfer(_command, 0, 5, buffer, 0, count);
        }

        private void ChooseEraseUnits()
        {
            // 64, 32 and 4 KiB units with the standard opcodes, unless SFDP lists its own.
            _eraseTypes = 0;
            if (_sfdp.IsValid)
            {
                for (int size = 65536; size >= 4096; size /= 2)
                {
                    for (int i = 0; i < 4; i++)
                    {
                        if (_sfdp.EraseSize(i) == size && IsTimedUnit(size))
                        {
                            _eraseSizes[_eraseTypes] = size;
                            _eraseOpcodes[_eraseTypes] = (byte)_sfdp.EraseOpcode(i);
                            _eraseTypes++;
                            break;
                        }
                    }
                }

                if (_eraseTypes > 0 && _eraseSizes[_eraseTypes - 1] == 4096)
                {
                    return;
                }
            }

            _eraseTypes = 3;
            _eraseSizes[0] = 65536;
            _eraseOpcodes[0] = NorCommand.Block64Erase;
            _eraseSizes[1] = 32768;
            _eraseOpcodes[1] = NorCommand.Block32Erase;
            _eraseSizes[2] = 4096;
            _eraseOpcodes[2] = NorCommand.SectorErase;
        }

        private static bool IsTimedUnit(int size)
        {
            // The timing table knows these three units only.
            return size == 4096 || size == 32768 || size == 65536;
        }

        private int LargestUnitAt(int address, int count)
        {
            for (int i = 0; i < _eraseTypes; i++)
            {
                int size = _eraseSizes[i];
                if (address % size == 0 && count >= size)
                {
                    return i;
                }
            }

            return _eraseTypes - 1;
        }

        private void EnterFourByteMode()
        {
            bool sfdpAllows = !_sfdp.IsValid || _sfdp.AddressMode != 0;
            if (!_part.FourByteAddressing || !sfdpAllows)
            {
                throw new NorFlashException(_part.Name + " is larger than 16 MiB but has no 4-byte address mode");
            }

            SendCommand(NorCommand.Enter4ByteMode);
            if (_part.Manufacturer == 0xEF)
            {
                // Winbond reports the current address mode in status register 3, bit 0 (ADS).
                _command[0] = NorCommand.ReadStatus3;
                _bus.Transfer(_command, 0, 1, _reply, 0, 1);
                if ((_reply[0] & 0x01) == 0)
                {
                    throw new NorFlashException("enter 4-byte address mode failed: status register 3 is 0x" +
                        _reply[0].ToString("X2"));
                }
            }

            _addressBytes = 4;
        }

        private int PutCommand(byte[] buffer, byte opcode, int address)
        {
            buffer[0] = opcode;
            int at = 1;
            if (_addressBytes == 4)
            {
                buffer[at++] = (byte)(address >> 24);
            }

            buffer[at++] = (byte)(address >> 16);
            buffer[at++] = (byte)(address >> 8);
            buffer[at++] = (byte)address;
            return at;
        }

        private void SendCommand(byte opcode)
        {
            _command[0] = opcode;
            _bus.Transfer(_command, 0, 1, null, 0, 0);
        }

        private void CheckRange(string operation, int address, int count)
        {
            int capacity = RequirePart().Capacity;
            if (address < 0 || count < 0 || address > capacity - count)
            {
                throw new ArgumentOutOfRangeException(address < 0 || address > capacity ? nameof(address) : nameof(count),
                    operation + " of 0x" + address.ToString("X") + "+" + count + " is outside the " + capacity + "-byte " + _part.Name);
            }
        }

        private NorPart RequirePart()
        {
            if (_part == null)
            {
                throw new InvalidOperationException("SPI NOR flash used before Init()");
            }

            return _part;
        }

        private static string IdText(int id)
        {
            return ((id >> 16) & 0xFF).ToString("X2") + " " + ((id >> 8) & 0xFF).ToString("X2") + " " +
                (id & 0xFF).ToString("X2");
        }
    }
}

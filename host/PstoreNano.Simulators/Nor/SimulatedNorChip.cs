using System;
using System.Collections.Generic;
using PstoreNano.Drivers;
using PstoreNano.Drivers.Nor;
using PstoreNano.Testing;

namespace PstoreNano.Simulators.Nor
{
    /// <summary>
    /// A JEDEC SPI NOR chip (W25Q32/64/128/256JV, MX25L12835F, MX25R6435F) that answers the real command
    /// bytes through <see cref="ISpiBus"/>. It keeps the status register's BUSY/WEL state machine, programs
    /// by AND with wrap inside the page, erases to 0xFF, takes datasheet time on a <see cref="VirtualClock"/>,
    /// counts wear, and records every command a correct driver would not send (while busy, without WEL,
    /// in deep power-down, ...) in <see cref="ProtocolViolations"/> instead of obeying it.
    /// Faults: a power cut at a chosen operation and fraction of its duration, a chip stuck busy,
    /// a write enable that never latches, and an absent chip (MISO high or low).
    /// </summary>
    public sealed class SimulatedNorChip : ISpiBus
    {
        private const int PageSize = 256;
        private const long ResetRecoveryNs = 30000;   // tRST

        private readonly NorChipModel _model;
        private readonly VirtualClock _clock;
        private readonly int _clockHz;
        private readonly NorCellArray _cells;
        private readonly NorChipStatistics _statistics = new NorChipStatistics();
        private readonly List<string> _violations = new List<string>();
        private readonly byte[] _latch = new byte[PageSize];
        private readonly bool[] _latched = new bool[PageSize];

        private bool _writeEnabled;
        private bool _stuck;
        private bool _deepPowerDown;
        private bool _resetEnabled;
        private bool _poweredOff;
        private long _recoverUntilNs;

        // The operation in progress: applied to the cells when it ends, or torn by a power cut.
        private string _pending;
        private int _pendingAddress;
        private int _pendingSize;
        private int _pendingColumn;
        private long _pendingStartNs;
        private long _busyUntilNs;

        private long _cutOperation = -1;
        private double _cutFraction;
        private long _cutAtNs = -1;

        /// <summary>Creates an erased chip on <paramref name="clock"/>, clocked at <paramref name="clockHz"/>.</summary>
        public SimulatedNorChip(NorChipModel model, VirtualClock clock, int clockHz, NorTimingMode timing)
        {
            _model = model;
            _clock = clock;
            _clockHz = clockHz;
            _cells = new NorCellArray(model.Capacity, 1);
            TimingMode = timing;
            ServeSfdp = true;
        }

        /// <summary>Creates an erased chip clocked at 20 MHz with typical timing.</summary>
        public SimulatedNorChip(NorChipModel model, VirtualClock clock)
            : this(model, clock, 20000000, NorTimingMode.Typical)
        {
        }

        /// <inheritdoc/>
        public int ClockHz { get { return _clockHz; } }

        /// <summary>Largest transfer the simulated bus carries (the board adapter's 16 KiB limit).</summary>
        public int MaxTransferBytes { get; set; } = 16 * 1024;

        /// <summary>The part this chip behaves as.</summary>
        public NorChipModel Model { get { return _model; } }

        /// <summary>The clock the chip advances.</summary>
        public VirtualClock Clock { get { return _clock; } }

        /// <summary>Typical or maximum program and erase times.</summary>
        public NorTimingMode TimingMode { get; set; }

        /// <summary>The cells: raw contents, erase counts, endurance limit.</summary>
        public NorCellArray Cells { get { return _cells; } }

        /// <summary>The raw (stable) contents.</summary>
        public byte[] Data { get { return _cells.Data; } }

        /// <summary>Counters since creation or the last <see cref="NorChipStatistics.Reset"/>.</summary>
        public NorChipStatistics Statistics { get { return _statistics; } }

        /// <summary>Commands a correct driver would not have sent, with what and when; tests assert it stays empty.</summary>
        public List<string> ProtocolViolations { get { return _violations; } }

        /// <summary>Program and erase operations accepted so far (the index space of <see cref="ScheduleCut"/>).</summary>
        public long OperationCount { get; private set; }

        /// <summary>False to answer 0x5A with 0xFF, as a part without SFDP does.</summary>
        public bool ServeSfdp { get; set; }

        /// <summary>Absent-chip modes: MISO pulled high or low instead of driven by the chip.</summary>
        public MisoLevel Miso { get; set; }

        /// <summary>
        /// Fault: the operation in progress, or else the next program or erase, never finishes: BUSY stays
        /// set (and every command but a status read is ignored) until <see cref="PowerOn"/>.
        /// </summary>
        public bool StuckBusy
        {
            get
            {
                return _stuck;
            }

            set
            {
                _stuck = value;
                if (value && _pending != null)
                {
                    _busyUntilNs = long.MaxValue;
                }
            }
        }

        /// <summary>Fault: WREN never sets WEL (as on a write-protected chip).</summary>
        public bool IgnoreWriteEnable { get; set; }

        /// <summary>True while 4-byte addresses are in use (after EN4B).</summary>
        public bool FourByteMode { get; private set; }

        /// <summary>True in deep power-down.</summary>
        public bool InDeepPowerDown { get { return _deepPowerDown; } }

        /// <summary>True after a power cut, until <see cref="PowerOn"/>.</summary>
        public bool IsPoweredOff { get { return _poweredOff; } }

        /// <summary>True while a program or erase is in progress at the current virtual time.</summary>
        public bool IsBusy
        {
            get
            {
                Settle();
                return _pending != null;
            }
        }

        /// <summary>Times sector <paramref name="sector"/> (address / 4096) was erased.</summary>
        public int EraseCount(int sector)
        {
            return _cells.EraseCount(sector);
        }

        /// <summary>
        /// Cuts the power during program/erase operation number <paramref name="operationIndex"/> (counted
        /// from 0 over the chip's life, see <see cref="OperationCount"/>), when <paramref name="fraction"/> of
        /// its duration has passed. Torn bytes are chosen by a Random seeded with <paramref name="seed"/>.
        /// The cut is noticed by the next transaction at or after that instant, which throws
        /// <see cref="PowerCutException"/>.
        /// </summary>
        public void ScheduleCut(long operationIndex, double fraction, int seed)
        {
            if (operationIndex < OperationCount || fraction < 0 || fraction > 1)
            {
                throw new ArgumentOutOfRangeException("operationIndex", "cut at operation " + operationIndex +
                    " fraction " + fraction + " is in the past or outside 0..1");
            }

            _cutOperation = operationIndex;
            _cutFraction = fraction;
            _cells.Reseed(seed);
        }

        /// <summary>Cuts the power now: an operation in progress is torn where it is.</summary>
        public void CutNow()
        {
            Settle();
            if (_pending != null)
            {
                long duration = _busyUntilNs - _pendingStartNs;
                double progress = duration <= 0 ? 1 : (double)(_clock.Nanoseconds - _pendingStartNs) / duration;
                Finish(progress);
            }

            _poweredOff = true;
            _cutOperation = -1;
            _cutAtNs = -1;
        }

        /// <summary>Restores power: the chip comes up idle, in 3-byte mode, with WEL clear; the cells keep what the cut left.</summary>
        public void PowerOn()
        {
            _poweredOff = false;
            _pending = null;
            _stuck = false;
            _writeEnabled = false;
            _deepPowerDown = false;
            _resetEnabled = false;
            FourByteMode = false;
            _recoverUntilNs = 0;
        }

        /// <inheritdoc/>
        public void Transfer(byte[] writeBuffer, int writeOffset, int writeCount, byte[] readBuffer, int readOffset, int readCount)
        {
            if (writeCount + readCount > MaxTransferBytes)
            {
                // The board adapter refuses the same: its frame buffers have this size.
                throw new ArgumentException("SPI transfer of " + (writeCount + readCount) + " bytes exceeds the " +
                    MaxTransferBytes + "-byte frame");
            }

            if (_cutAtNs >= 0 && _clock.Nanoseconds >= _cutAtNs)
            {
                long now = _clock.Nanoseconds;
                double progress = _cutFraction;
                _cutAtNs = -1;
                Finish(progress);
                _poweredOff = true;
                throw new PowerCutException("power cut during " + _model.Name + " operation " + _cutOperation +
                    " at " + (now / 1000) + " us");
            }

            if (_poweredOff)
            {
                throw new PowerCutException(_model.Name + " is powered off");
            }

            Settle();
            long wireNs = (writeCount + readCount) * 8L * 1000000000L / _clockHz;
            _statistics.Transactions++;
            _statistics.WireBytes += writeCount + readCount;
            _statistics.WireTimeNs += wireNs;
            _clock.Advance(wireNs);

            if (Miso != MisoLevel.Chip || writeCount == 0)
            {
                Fill(readBuffer, readOffset, readCount, Miso == MisoLevel.AbsentLow ? (byte)0x00 : (byte)0xFF);
                return;
            }

            Execute(writeBuffer, writeOffset, writeCount, readBuffer, readOffset, readCount);
        }

        private void Execute(byte[] w, int wo, int wc, byte[] r, int ro, int rc)
        {
            byte opcode = w[wo];
            bool resetEnabled = _resetEnabled;
            _resetEnabled = false;
            if (_deepPowerDown && opcode != NorCommand.ReleasePowerDown)
            {
                // MISO floats high. Probing the status is how a driver finds a sleeping chip; anything
                // else sent to it is lost and a driver bug.
                if (opcode != NorCommand.ReadStatus)
                {
                        Violation("command 0x" + opcode.ToString("X2") + " ignored in deep power-down");
                }

                Fill(r, ro, rc, 0xFF);
                return;
            }

            bool statusRead = opcode == NorCommand.ReadStatus || opcode == 0x35 || opcode == NorCommand.ReadStatus3;
            if (_pending != null && !statusRead)
            {
                Violation("command 0x" + opcode.ToString("X2") + " ignored while busy with " + _pending +
                    " at 0x" + _pendingAddress.ToString("X"));
                Fill(r, ro, rc, 0xFF);
                return;
            }

            if (_clock.Nanoseconds - (wc + rc) * 8L * 1000000000L / _clockHz < _recoverUntilNs)
            {
                Violation("command 0x" + opcode.ToString("X2") + " sent before the chip recovered from reset or power-down release");
            }

            Fill(r, ro, rc, 0xFF);
            switch (opcode)
            {
                case NorCommand.ReadStatus:
                    _statistics.StatusReads++;
                    Fill(r, ro, rc, (byte)((_pending != null ? 1 : 0) | (_writeEnabled ? 2 : 0)));
                    break;
                case 0x35:
                    Fill(r, ro, rc, 0x00);
                    break;
                case NorCommand.ReadStatus3:
                    Fill(r, ro, rc, (byte)(_model.IsWinbond && FourByteMode ? 0x01 : 0x00));
                    break;
                case NorCommand.WriteEnable:
                    _writeEnabled = !IgnoreWriteEnable;
                    break;
                case NorCommand.WriteDisable:
                    _writeEnabled = false;
                    break;
                case NorCommand.ReadJedecId:
                    Fill(r, ro, rc, 0x00);
                    PutId(r, ro, rc);
                    break;
                case NorCommand.ReadSfdp:
                    ReadSfdp(w, wo, wc, r, ro, rc);
                    break;
                case NorCommand.DeepPowerDown:
                    _deepPowerDown = true;
                    break;
                case NorCommand.ReleasePowerDown:
                    _deepPowerDown = false;
                    _recoverUntilNs = _clock.Nanoseconds + _model.ReleaseRecoveryNs;
                    for (int i = 3; i < rc; i++)
                    {
                        r[ro + i] = _model.ReleaseId;
                    }

                    break;
                case NorCommand.EnableReset:
                    _resetEnabled = true;
                    break;
                case NorCommand.Reset:
                    Reset(resetEnabled);
                    break;
                case NorCommand.Enter4ByteMode:
                case NorCommand.Exit4ByteMode:
                    if (!_model.FourByteAddressing)
                    {
                        Violation("command 0x" + opcode.ToString("X2") + " not supported by " + _model.Name);
                    }
                    else
                    {
                        FourByteMode = opcode == NorCommand.Enter4ByteMode;
                    }

                    break;
                default:
                    ExecuteArrayCommand(opcode, w, wo, wc, r, ro, rc);
                    break;
            }
        }

        private void ExecuteArrayCommand(byte opcode, byte[] w, int wo, int wc, byte[] r, int ro, int rc)
        {
            bool fourByteOpcode = opcode == 0x13 || opcode == 0x12 || opcode == 0x21 || opcode == 0xDC;
            if (fourByteOpcode && !_model.FourByteAddressing)
            {
                Violation("command 0x" + opcode.ToString("X2") + " not supported by " + _model.Name);
                return;
            }

            int addressBytes = fourByteOpcode || FourByteMode ? 4 : 3;
            bool isArrayCommand = opcode == NorCommand.Read || opcode == 0x0B || opcode == 0x13 ||
                opcode == NorCommand.PageProgram || opcode == 0x12 || opcode == NorCommand.SectorErase ||
                opcode == 0x21 || opcode == NorCommand.Block32Erase || opcode == NorCommand.Block64Erase ||
                opcode == 0xDC || opcode == NorCommand.ChipErase || opcode == 0x60;
            if (!isArrayCommand)
            {
                Violation("unsupported command 0x" + opcode.ToString("X2"));
                return;
            }

            if (opcode == NorCommand.ChipErase || opcode == 0x60)
            {
                StartErase("chip erase", 0, _model.Capacity);
                return;
            }

            if (wc < 1 + addressBytes)
            {
                Violation("command 0x" + opcode.ToString("X2") + " with " + (wc - 1) + " address bytes, expected " + addressBytes);
                return;
            }

            int address = 0;
            for (int i = 1; i <= addressBytes; i++)
            {
                address = (address << 8) | w[wo + i];
            }

            address &= _model.Capacity - 1;
            int data = wo + 1 + addressBytes;
            int dataCount = wc - 1 - addressBytes;
            switch (opcode)
            {
                case NorCommand.Read:
                case 0x13:
                case 0x0B:
                    // Bytes written past the address (a fast read's dummy byte) are clocks before the data.
                    int skip = opcode == 0x0B ? dataCount - 1 : dataCount;
                    ReadArray((address + (skip > 0 ? skip : 0)) & (_model.Capacity - 1), r, ro, rc);
                    break;
                case NorCommand.PageProgram:
                case 0x12:
                    StartProgram(address, w, data, dataCount);
                    break;
                case NorCommand.SectorErase:
                case 0x21:
                    StartErase("sector erase", address & ~(4096 - 1), 4096);
                    break;
                case NorCommand.Block32Erase:
                    StartErase("32 KiB block erase", address & ~(32768 - 1), 32768);
                    break;
                default:
                    StartErase("64 KiB block erase", address & ~(65536 - 1), 65536);
                    break;
            }
        }

        private void ReadArray(int address, byte[] r, int ro, int rc)
        {
            _statistics.ReadCommands++;
            _statistics.BytesRead += rc;
            int done = 0;
            while (done < rc)
            {
                // Reads wrap at the top of the array, as on the real parts.
                int n = rc - done < _model.Capacity - address ? rc - done : _model.Capacity - address;
                _cells.Read(address, r, ro + done, n);
                done += n;
                address = 0;
            }
        }

        private void StartProgram(int address, byte[] w, int data, int count)
        {
            if (!_writeEnabled)
            {
                Violation("page program at 0x" + address.ToString("X") + " without WEL: ignored");
                return;
            }

            if (count == 0)
            {
                Violation("page program at 0x" + address.ToString("X") + " with no data");
                _writeEnabled = false;
                return;
            }

            int column = address & (PageSize - 1);
            Array.Clear(_latched, 0, PageSize);
            for (int i = 0; i < count; i++)
            {
                // Past the end of the page the address wraps to the page start; later bytes replace earlier.
                int c = (column + i) & (PageSize - 1);
                _latch[c] = w[data + i];
                _latched[c] = true;
            }

            int bytes = count < PageSize ? count : PageSize;
            bool max = TimingMode == NorTimingMode.Maximum;
            long first = (max ? NorChipModel.FirstByteProgramMax : NorChipModel.FirstByteProgramTyp) * 1000L;
            long next = max ? NorChipModel.NextByteProgramMaxNs : NorChipModel.NextByteProgramTypNs;
            long page = (max ? _model.Timing.PageProgramMax : _model.Timing.PageProgramTyp) * 1000L;
            long duration = first + next * (bytes - 1);
            _statistics.PagePrograms++;
            _statistics.BytesProgrammed += bytes;
            _pendingColumn = column;
            Begin("page program", address & ~(PageSize - 1), PageSize, duration < page ? duration : page);
        }

        private void StartErase(string name, int address, int size)
        {
            if (!_writeEnabled)
            {
                Violation(name + " at 0x" + address.ToString("X") + " without WEL: ignored");
                return;
            }

            bool max = TimingMode == NorTimingMode.Maximum;
            NorTiming t = _model.Timing;
            long micros;
            if (size == _model.Capacity)
            {
                _statistics.ChipErases++;
                micros = max ? _model.ChipEraseMax : _model.ChipEraseTyp;
            }
            else
            {
                if (size == 4096)
                {
                    _statistics.SectorErases++;
                }
                else if (size == 32768)
                {
                    _statistics.Block32Erases++;
                }
                else
                {
                    _statistics.Block64Erases++;
                }

                micros = max ? t.EraseMax(size) : t.EraseTyp(size);
            }

            Begin(name, address, size, micros * 1000L);
        }

        private void Begin(string name, int address, int size, long durationNs)
        {
            _pending = name;
            _pendingAddress = address;
            _pendingSize = size;
            _pendingStartNs = _clock.Nanoseconds;
            _busyUntilNs = _stuck ? long.MaxValue : _pendingStartNs + durationNs;
            _statistics.BusyTimeNs += durationNs;
            if (OperationCount == _cutOperation)
            {
                _cutAtNs = _pendingStartNs + (long)(durationNs * _cutFraction);
                _cutOperation = -1;
            }

            OperationCount++;
        }

        private void Settle()
        {
            if (_pending != null && !_poweredOff && _clock.Nanoseconds >= _busyUntilNs &&
                (_cutAtNs < 0 || _cutAtNs > _busyUntilNs))
            {
                Finish(1);
            }
        }

        private void Finish(double progress)
        {
            if (_pending == null)
            {
                return;
            }

            if (_pending == "page program")
            {
                _cells.ProgramPage(_pendingAddress, _latch, _latched, _pendingColumn, progress);
            }
            else
            {
                _statistics.WornErases += _cells.Erase(_pendingAddress, _pendingSize, progress);
            }

            _pending = null;
            _writeEnabled = false;
        }

        private void Reset(bool enabled)
        {
            if (!enabled)
            {
                Violation("reset 0x99 without enable reset 0x66 just before: ignored");
                return;
            }

            _writeEnabled = false;
            FourByteMode = false;
            _recoverUntilNs = _clock.Nanoseconds + ResetRecoveryNs;
        }

        private void ReadSfdp(byte[] w, int wo, int wc, byte[] r, int ro, int rc)
        {
            if (!ServeSfdp || wc < 5)
            {
                return;
            }

            int address = (w[wo + 1] << 16) | (w[wo + 2] << 8) | w[wo + 3];
            byte[] sfdp = _model.Sfdp;
            for (int i = 0; i < rc; i++)
            {
                r[ro + i] = address + i < sfdp.Length ? sfdp[address + i] : (byte)0xFF;
            }
        }

        private void PutId(byte[] r, int ro, int rc)
        {
            for (int i = 0; i < rc && i < 3; i++)
            {
                r[ro + i] = (byte)(_model.JedecId >> (16 - 8 * i));
            }
        }

        private void Violation(string what)
        {
            _violations.Add(what + " (t=" + _clock.Microseconds + " us)");
        }

        private static void Fill(byte[] buffer, int offset, int count, byte value)
        {
            if (count > 0)
            {
                buffer.AsSpan(offset, count).Fill(value);
            }
        }
    }
}

using System;
using System.Collections.Generic;
using PstoreNano.Drivers;
using PstoreNano.Drivers.Sd;
using PstoreNano.Testing;

namespace PstoreNano.Simulators.Sd
{
    /// <summary>
    /// An SD card in SPI mode that answers the real byte protocol through <see cref="ISpiCardBus"/>: CMD0
    /// (CRC 0x95 until SPI mode), CMD8 (CRC always checked, R7 echo), CMD59, ACMD41 with HCS (an SDHC card
    /// never leaves idle without it), CMD58, CMD16, CMD9, CMD13, CMD17/18 with CMD12 and its stuff byte,
    /// CMD24/25 with the FE/FC/FD tokens, data responses and busy. CRC7 and CRC16 are checked while CRC is
    /// on; SPI mode, the CRC setting, a busy and an open multi-block transfer survive <see cref="McuReset"/>.
    /// Time goes on a <see cref="VirtualClock"/>: wire time per byte and the delays of an
    /// <see cref="SdTimingModel"/>. Faults: late (bit-shifted) responses, garbage answers to the first CMD0s,
    /// a card stuck busy, a silent card, MISO held low, bit flips above a clock. A power cut at a chosen
    /// operation leaves the sector in flight old, new, shorn or unreadable and, when asked, damages other
    /// sectors written recently into the same 16 KiB flash page (research notes §8.2). Commands and bytes a
    /// correct driver would not send land in <see cref="ProtocolViolations"/>.
    /// </summary>
    public sealed class SimulatedSdCard : ISpiCardBus
    {
        /// <summary>Bytes of a sector.</summary>
        public const int SectorSize = 512;

        /// <summary>Sectors of one physical flash page: the blast radius of collateral damage (16 KiB).</summary>
        public const int PageSectors = 32;

        private const long RecentNanoseconds = 1000000000;
        private const int StopTranBusyMicroseconds = 20;

        private readonly SdCardModel _model;
        private readonly VirtualClock _clock;
        private readonly SdTimingModel _timing;
        private readonly Random _random;
        private readonly Dictionary<long, byte[]> _sectors = new Dictionary<long, byte[]>();
        private readonly Dictionary<long, byte[]> _previous = new Dictionary<long, byte[]>();
        private readonly Dictionary<long, long> _writtenAt = new Dictionary<long, long>();
        private readonly HashSet<long> _unreadable = new HashSet<long>();
        private readonly HashSet<long> _preparedAus = new HashSet<long>();
        private readonly HashSet<long> _written = new HashSet<long>();
        private readonly Queue<byte> _out = new Queue<byte>();
        private readonly List<string> _violations = new List<string>();
        private readonly List<long> _blockOperations = new List<long>();
        private readonly byte[] _frame = new byte[6];
        private readonly byte[] _block = new byte[SectorSize + 2];

        private int _clockHz = SpiSdCard.InitClockHz;
        private bool _powered = true;
        private bool _selected;

        // Card state: survives an MCU reset, not a power cut.
        private bool _spiMode;
        private bool _crcOn;
        private bool _idle = true;
        private bool _cmd8Seen;
        private bool _highCapacitySupport;
        private bool _appCommand;
        private bool _initStarted;
        private long _initReadyNs;
        private int _blockLength = SectorSize;
        private byte _status;
        private Phase _phase;
        private int _frameCount;
        private long _readSector;
        private bool _multi;
        private bool _readQueued;
        private long _tokenAtNs;
        private long _writeSector;
        private int _blockCount;
        private long _busyUntilNs;
        private long _pendingBusyNs;
        private byte[] _programData;
        private long _programSector;
        private Phase _afterBusy;

        private long _cutOperation = -1;
        private SdCutDamage _cutDamage;
        private bool _cutCollateral;
        private Random _cutRandom;

        private enum Phase
        {
            Command,
            Read,
            WriteToken,
            WriteData,
            Busy
        }

        /// <summary>Creates a powered card holding zeros, on <paramref name="clock"/>, with a seeded random source for its timing.</summary>
        public SimulatedSdCard(SdCardModel model, VirtualClock clock, SdTimingModel timing, int seed)
        {
            _model = model;
            _clock = clock;
            _timing = timing ?? SdTimingModel.Typical();
            _random = new Random(seed);
        }

        /// <summary>The card's kind and capacity.</summary>
        public SdCardModel Model { get { return _model; } }

        /// <inheritdoc/>
        public int ClockHz { get { return _clockHz; } }

        /// <inheritdoc/>
        public int MaxTransferBytes { get { return 16 * 1024; } }

        /// <summary>Commands and data blocks accepted so far: the index space of <see cref="ScheduleCut"/>.</summary>
        public long OperationCount { get; private set; }

        /// <summary>Indices (in <see cref="OperationCount"/>'s space) of the operations that were data blocks.</summary>
        public IList<long> BlockOperations { get { return _blockOperations; } }

        /// <summary>Commands executed.</summary>
        public long Commands { get; private set; }

        /// <summary>Sectors programmed.</summary>
        public long SectorsWritten { get; private set; }

        /// <summary>Nanoseconds the card spent busy programming.</summary>
        public long BusyNanoseconds { get; private set; }

        /// <summary>Nanoseconds of bytes on the wire.</summary>
        public long WireNanoseconds { get; private set; }

        /// <summary>What a correct driver would not have done.</summary>
        public IList<string> ProtocolViolations { get { return _violations; } }

        /// <summary>True once a power cut switched the card off.</summary>
        public bool IsPoweredOff { get { return !_powered; } }

        /// <summary>True while CRC checking is on (CMD59).</summary>
        public bool CrcOn { get { return _crcOn; } }

        /// <summary>
        /// Responses and data responses arrive this many bits late. R1 and its longer forms re-align for any
        /// shift up to 7; the data response (sent as 0xE5, its undefined top bits ones) up to 4, beyond which
        /// its leading ones merge with the idle line and no host can tell the shift.
        /// </summary>
        public int ResponseShiftBits { get; set; }

        /// <summary>This many CMD0s are answered with garbage and not executed (a card an MCU reset caught mid-transfer).</summary>
        public int GarbageResetAnswers { get; set; }

        /// <summary>The next program never finishes: the card stays busy.</summary>
        public bool StuckBusy { get; set; }

        /// <summary>The card answers nothing: MISO floats high (pulled up), as with no card.</summary>
        public bool Silent { get; set; }

        /// <summary>MISO stays low, as when another device drives it or the card is dead.</summary>
        public bool MisoHeldLow { get; set; }

        /// <summary>Above this clock one bit of every data block flips on the wire (0: never).</summary>
        public int FlipBitsAboveHz { get; set; }

        /// <summary>Sectors every write touched so far (to prove nothing outside a region was written).</summary>
        public ICollection<long> WrittenSectors { get { return _written; } }

        /// <inheritdoc/>
        public void SetClock(int clockHz)
        {
            if (_selected)
            {
                _violations.Add("clock changed with the card selected");
            }

            _clockHz = clockHz;
        }

        /// <inheritdoc/>
        public void Select()
        {
            CheckPower();
            _selected = true;
        }

        /// <inheritdoc/>
        public void Deselect()
        {
            _selected = false;
            _frameCount = 0;
            Clock(0xFF);
        }

        /// <inheritdoc/>
        public void IdleClocks(int byteCount)
        {
            _selected = false;
            _frameCount = 0;
            for (int i = 0; i < byteCount; i++)
            {
                Clock(0xFF);
            }
        }

        /// <inheritdoc/>
        public void Exchange(byte[] writeBuffer, int writeOffset, byte[] readBuffer, int readOffset, int count)
        {
            if (count > MaxTransferBytes)
            {
                throw new ArgumentException("SPI exchange of " + count + " bytes exceeds the 16 KiB limit");
            }

            for (int i = 0; i < count; i++)
            {
                byte miso = Clock(writeBuffer == null ? (byte)0xFF : writeBuffer[writeOffset + i]);
                if (readBuffer != null)
                {
                    readBuffer[readOffset + i] = miso;
                }
            }
        }

        /// <summary>The host resets and the card keeps power: its mode, CRC setting, busy and open transfer stay.</summary>
        public void McuReset()
        {
            _selected = false;
            _frameCount = 0;
        }

        /// <summary>Powers the card after a cut: data stays, every other state is as at power-up.</summary>
        public void PowerOn()
        {
            _powered = true;
            _selected = false;
            _spiMode = false;
            _crcOn = false;
            _idle = true;
            _cmd8Seen = false;
            _highCapacitySupport = false;
            _appCommand = false;
            _initStarted = false;
            _blockLength = SectorSize;
            _phase = Phase.Command;
            _frameCount = 0;
            _out.Clear();
            _busyUntilNs = 0;
            _programData = null;
            _preparedAus.Clear();
            StuckBusy = false;
        }

        /// <summary>
        /// Cuts the power when operation <paramref name="operationIndex"/> (see <see cref="OperationCount"/>)
        /// begins: a command is then not executed; a data block leaves its sector as <paramref name="damage"/>
        /// says and, with <paramref name="collateral"/>, damages sectors written into the same flash page in the
        /// last second (reverted or unreadable). The bus call then throws <see cref="PowerCutException"/>.
        /// </summary>
        public void ScheduleCut(long operationIndex, SdCutDamage damage, bool collateral, int seed)
        {
            _cutOperation = operationIndex;
            _cutDamage = damage;
            _cutCollateral = collateral;
            _cutRandom = new Random(seed);
        }

        /// <summary>Contents of <paramref name="sector"/> (zeros if never written); unreadable sectors too.</summary>
        public byte[] ReadSector(long sector)
        {
            byte[] copy = new byte[SectorSize];
            if (_sectors.TryGetValue(sector, out byte[] data))
            {
                Array.Copy(data, copy, SectorSize);
            }

            return copy;
        }

        /// <summary>Stores <paramref name="data"/> into <paramref name="sector"/> directly (to build images).</summary>
        public void WriteSectorDirect(long sector, byte[] data, int offset)
        {
            byte[] copy = new byte[SectorSize];
            Array.Copy(data, offset, copy, 0, SectorSize);
            _sectors[sector] = copy;
            _unreadable.Remove(sector);
        }

        /// <summary>Makes <paramref name="sector"/> answer the data error token until it is written.</summary>
        public void MakeUnreadable(long sector)
        {
            _unreadable.Add(sector);
        }

        /// <summary>True while <paramref name="sector"/> reads as the data error token.</summary>
        public bool IsUnreadable(long sector)
        {
            return _unreadable.Contains(sector);
        }

        private byte Clock(byte mosi)
        {
            long byteNs = 8000000000L / _clockHz;
            _clock.Advance(byteNs);
            WireNanoseconds += byteNs;
            if (!_powered)
            {
                throw new PowerCutException("the SD card is powered off");
            }

            if (!_selected)
            {
                return 0xFF;
            }

            if (Silent)
            {
                return 0xFF;
            }

            if (MisoHeldLow)
            {
                return 0x00;
            }

            long now = _clock.Nanoseconds;
            if (_phase == Phase.Busy && _out.Count == 0)
            {
                if (_busyUntilNs == 0)
                {
                    _busyUntilNs = now + _pendingBusyNs;
                    BusyNanoseconds += _pendingBusyNs;
                }

                if (StuckBusy || now < _busyUntilNs)
                {
                    if (mosi != 0xFF)
                    {
                        _violations.Add("MOSI 0x" + mosi.ToString("X2") + " while the card is busy");
                    }

                    return 0x00;
                }

                FinishBusy(now);
            }

            if (_phase == Phase.Read)
            {
                QueueRead(now);
            }

            byte miso = _out.Count > 0 ? _out.Dequeue() : (byte)0xFF;
            switch (_phase)
            {
                case Phase.Command:
                case Phase.Read:
                    ReceiveCommandByte(mosi, now);
                    break;
                case Phase.WriteToken:
                    ReceiveToken(mosi, now);
                    break;
                case Phase.WriteData:
                    _block[_blockCount++] = mosi;
                    if (_blockCount == _block.Length)
                    {
                        AcceptBlock(now);
                    }

                    break;
            }

            return miso;
        }

        private void ReceiveCommandByte(byte mosi, long now)
        {
            if (_frameCount == 0 && (mosi & 0xC0) != 0x40)
            {
                return;
            }

            if (_phase == Phase.Read && !_multi)
            {
                return;
            }

            _frame[_frameCount++] = mosi;
            if (_frameCount == _frame.Length)
            {
                _frameCount = 0;
                Execute(now);
            }
        }

        private void ReceiveToken(byte mosi, long now)
        {
            if (mosi == SdCommand.StartBlock && !_multi || mosi == SdCommand.StartMultiWrite && _multi)
            {
                _phase = Phase.WriteData;
                _blockCount = 0;
            }
            else if (mosi == SdCommand.StopTran && _multi)
            {
                _out.Enqueue(0xFF);
                StartBusy(StopTranBusyMicroseconds * 1000L, null, Phase.Command);
            }
            else if (mosi != 0xFF)
            {
                // A command frame ends an abandoned multi-block write only if it is CMD0 (the reset path).
                ReceiveCommandByte(mosi, now);
            }
            else if (_frameCount > 0)
            {
                ReceiveCommandByte(mosi, now);
            }
        }

        private void Execute(long now)
        {
            int command = _frame[0] & 0x3F;
            uint argument = (uint)(_frame[1] << 24 | _frame[2] << 16 | _frame[3] << 8 | _frame[4]);
            bool app = _appCommand;
            _appCommand = false;
            if (!CountOperation(now, -1))
            {
                return;
            }

            Commands++;
            bool crcGood = _frame[5] == (byte)((SdCrc.Crc7(_frame, 0, 5) << 1) | 1);
            bool crcChecked = command == 8 || _crcOn || (command == 0 && !_spiMode);
            if (!_spiMode && command != 0)
            {
                return;
            }

            if (crcChecked && !crcGood)
            {
                Respond(R1(SdCommand.R1CrcError));
                return;
            }

            if (_phase == Phase.WriteToken && command != 0)
            {
                _violations.Add("CMD" + command + " inside an open multi-block write (only CMD0 is heard)");
                return;
            }

            if (_phase == Phase.Read && command != 12 && command != 0)
            {
                _violations.Add("CMD" + command + " during a multi-block read");
                return;
            }

            if (app)
            {
                ExecuteApp(command, argument, now);
                return;
            }

            switch (command)
            {
                case 0:
                    if (GarbageResetAnswers > 0)
                    {
                        GarbageResetAnswers--;
                        Respond((byte)0x7F);
                        return;
                    }

                    _spiMode = true;
                    _idle = true;
                    _initStarted = false;
                    _phase = Phase.Command;
                    _out.Clear();
                    Respond(R1(0));
                    return;
                case 8:
                    if (_model.Version1)
                    {
                        Respond(R1(SdCommand.R1IllegalCommand));
                        return;
                    }

                    _cmd8Seen = true;
                    Respond(R1(0), 0x00, 0x00, (byte)((argument >> 8) & 0x0F), (byte)argument);
                    return;
                case 9:
                    Respond(R1(0));
                    QueueDataBlock(Csd());
                    return;
                case 12:
                    _phase = Phase.Command;
                    _out.Clear();
                    _out.Enqueue(0x3C);
                    Respond(R1(0));
                    for (int i = 0; i < 4; i++)
                    {
                        _out.Enqueue(0x00);
                    }

                    return;
                case 13:
                    Respond(R1(0), _status);
                    _status = 0;
                    return;
                case 16:
                    if (!_model.HighCapacity)
                    {
                        _blockLength = (int)argument;
                    }

                    Respond(R1(argument == SectorSize ? 0 : 0x40));
                    return;
                case 17:
                case 18:
                    StartRead(command, argument, now);
                    return;
                case 24:
                case 25:
                    StartWrite(command, argument);
                    return;
                case 55:
                    _appCommand = true;
                    Respond(R1(0));
                    return;
                case 58:
                    uint ocr = 0x00FF8000;
                    if (_initStarted && !_idle)
                    {
                        ocr |= SdCommand.OcrPowerUpDone;
                        if (_model.HighCapacity)
                        {
                            ocr |= SdCommand.OcrCardCapacity;
                        }
                    }

                    Respond(R1(0), (byte)(ocr >> 24), (byte)(ocr >> 16), (byte)(ocr >> 8), (byte)ocr);
                    return;
                case 59:
                    _crcOn = (argument & 1) != 0;
                    Respond(R1(0));
                    return;
                default:
                    Respond(R1(SdCommand.R1IllegalCommand));
                    return;
            }
        }

        private void ExecuteApp(int command, uint argument, long now)
        {
            if (command != SdCommand.SendOpCond)
            {
                Respond(R1(SdCommand.R1IllegalCommand));
                return;
            }

            if (!_initStarted)
            {
                _initStarted = true;
                _initReadyNs = now + _timing.InitMicroseconds * 1000L;
                _highCapacitySupport = (argument & SdCommand.HighCapacitySupport) != 0;
            }

            bool ready = now >= _initReadyNs && (!_model.HighCapacity || (_highCapacitySupport && _cmd8Seen));
            if (ready)
            {
                _idle = false;
            }

            Respond(R1(0));
        }

        private void StartRead(int command, uint argument, long now)
        {
            if (!AcceptTransfer(argument, out long sector))
            {
                return;
            }

            _phase = Phase.Read;
            _multi = command == 18;
            _readSector = sector;
            _readQueued = false;
            _tokenAtNs = now + _timing.NacMicroseconds * 1000L;
        }

        // Answers a data command's R1: illegal while idle, address or parameter error for a bad address.
        private bool AcceptTransfer(uint argument, out long sector)
        {
            sector = SectorOf(argument, out bool aligned);
            if (_idle)
            {
                Respond(R1(SdCommand.R1IllegalCommand));
                return false;
            }

            if (!aligned || sector < 0 || sector >= _model.Sectors)
            {
                Respond(R1(aligned ? 0x40 : 0x20));
                return false;
            }

            Respond(R1(0));
            return true;
        }

        private void QueueRead(long now)
        {
            if (!_readQueued)
            {
                if (_out.Count > 0 || now < _tokenAtNs)
                {
                    return;
                }

                if (_readSector >= _model.Sectors)
                {
                    _out.Enqueue(0x08);
                    _phase = Phase.Command;
                    return;
                }

                if (_unreadable.Contains(_readSector))
                {
                    _out.Enqueue(0x04);
                    _status |= 0x10;
                    _phase = Phase.Command;
                    return;
                }

                byte[] data = ReadSector(_readSector);
                if (FlipBitsAboveHz > 0 && _clockHz > FlipBitsAboveHz)
                {
                    data[_random.Next(SectorSize)] ^= (byte)(1 << _random.Next(8));
                    QueueDataBlock(data, SdCrc.Crc16(ReadSector(_readSector), 0, SectorSize));
                }
                else
                {
                    QueueDataBlock(data);
                }

                _readQueued = true;
                return;
            }

            if (_out.Count == 0)
            {
                if (_multi)
                {
                    _readSector++;
                    _readQueued = false;
                    _tokenAtNs = now + _timing.NacMicroseconds * 1000L;
                }
                else
                {
                    _phase = Phase.Command;
                }
            }
        }

        private void StartWrite(int command, uint argument)
        {
            if (!AcceptTransfer(argument, out long sector))
            {
                return;
            }

            _phase = Phase.WriteToken;
            _multi = command == 25;
            _writeSector = sector;
        }

        private void AcceptBlock(long now)
        {
            byte[] data = new byte[SectorSize];
            Array.Copy(_block, data, SectorSize);
            if (FlipBitsAboveHz > 0 && _clockHz > FlipBitsAboveHz)
            {
                data[_random.Next(SectorSize)] ^= (byte)(1 << _random.Next(8));
            }

            Phase next = _multi ? Phase.WriteToken : Phase.Command;
            int sentCrc = _block[SectorSize] << 8 | _block[SectorSize + 1];
            if (_crcOn && sentCrc != SdCrc.Crc16(data, 0, SectorSize))
            {
                RespondData(0x0B);
                _phase = next;
                return;
            }

            if (_writeSector >= _model.Sectors)
            {
                RespondData(0x0D);
                _status |= 0x80;
                _phase = next;
                return;
            }

            _blockOperations.Add(OperationCount);
            if (!CountOperation(now, _writeSector, data))
            {
                return;
            }

            long busy = _timing.WriteBusyMicroseconds * 1000L;
            if (_timing.StallProbability > 0 && _random.NextDouble() < _timing.StallProbability)
            {
                busy = _timing.StallMicroseconds * 1000L;
            }

            if (_timing.AuPreparationMicroseconds > 0 && _preparedAus.Add(_writeSector / _timing.AuSectors))
            {
                busy += _timing.AuPreparationMicroseconds * 1000L;
            }

            RespondData(0x05);
            StartBusy(busy, data, next);
            _programSector = _writeSector;
            if (_multi)
            {
                _writeSector++;
            }
        }

        private void StartBusy(long nanoseconds, byte[] program, Phase next)
        {
            _phase = Phase.Busy;
            _busyUntilNs = 0;
            _pendingBusyNs = nanoseconds;
            _programData = program;
            _afterBusy = next;
        }

        private void FinishBusy(long now)
        {
            if (_programData != null)
            {
                Store(_programSector, _programData, now);
                SectorsWritten++;
            }

            _programData = null;
            _busyUntilNs = 0;
            _phase = _afterBusy;
        }

        private void Store(long sector, byte[] data, long now)
        {
            _previous[sector] = ReadSector(sector);
            _sectors[sector] = data;
            _writtenAt[sector] = now;
            _written.Add(sector);
            _unreadable.Remove(sector);
        }

        // Counts an operation; at the scheduled one the power goes (a data block is damaged as scheduled first).
        private bool CountOperation(long now, long sector, byte[] data = null)
        {
            long index = OperationCount++;
            if (index != _cutOperation)
            {
                return true;
            }

            _cutOperation = -1;
            string what = "command CMD" + (_frame[0] & 0x3F);
            if (data != null)
            {
                what = "the program of sector " + sector + " (" + _cutDamage + ")";
                Damage(sector, data, now);
            }

            _powered = false;
            _selected = false;
            throw new PowerCutException("power cut at SD operation " + index + ", " + what);
        }

        private void Damage(long sector, byte[] data, long now)
        {
            _written.Add(sector);
            switch (_cutDamage)
            {
                case SdCutDamage.New:
                    Store(sector, data, now);
                    break;
                case SdCutDamage.Mixed:
                    byte[] shorn = ReadSector(sector);
                    for (int piece = 0; piece < SectorSize / 64; piece++)
                    {
                        if (_cutRandom.Next(2) == 0)
                        {
                            Array.Copy(data, piece * 64, shorn, piece * 64, 64);
                        }
                    }

                    Store(sector, shorn, now);
                    break;
                case SdCutDamage.Unreadable:
                    _unreadable.Add(sector);
                    break;
            }

            if (_cutCollateral)
            {
                foreach (long other in new List<long>(_writtenAt.Keys))
                {
                    if (other != sector && other / PageSectors == sector / PageSectors && now - _writtenAt[other] < RecentNanoseconds)
                    {
                        if (_cutRandom.Next(2) == 0)
                        {
                            _unreadable.Add(other);
                        }
                        else if (_previous.TryGetValue(other, out byte[] old))
                        {
                            _sectors[other] = old;
                        }
                    }
                }
            }
        }

        private long SectorOf(uint argument, out bool aligned)
        {
            if (_model.HighCapacity)
            {
                aligned = true;
                return argument;
            }

            aligned = argument % SectorSize == 0 && _blockLength == SectorSize;
            return argument / SectorSize;
        }

        private byte R1(int bits)
        {
            return (byte)(bits | (_idle ? SdCommand.R1Idle : 0));
        }

        private void Respond(params byte[] response)
        {
            for (int i = 0; i < _timing.NcrBytes; i++)
            {
                _out.Enqueue(0xFF);
            }

            EnqueueShifted(response);
        }

        private void RespondData(int token)
        {
            EnqueueShifted(new byte[] { (byte)(0xE0 | token) });
        }

        // Shifts the bytes right by ResponseShiftBits, ones before and after, as a card that answers late does.
        private void EnqueueShifted(byte[] bytes)
        {
            int k = ResponseShiftBits;
            if (k == 0)
            {
                foreach (byte b in bytes)
                {
                    _out.Enqueue(b);
                }

                return;
            }

            int carry = 0xFF;
            foreach (byte b in bytes)
            {
                _out.Enqueue((byte)((carry << (8 - k)) | (b >> k)));
                carry = b;
            }

            _out.Enqueue((byte)((carry << (8 - k)) | (0xFF >> k)));
        }

        private void QueueDataBlock(byte[] data)
        {
            QueueDataBlock(data, SdCrc.Crc16(data, 0, data.Length));
        }

        private void QueueDataBlock(byte[] data, int crc)
        {
            _out.Enqueue(0xFF);
            _out.Enqueue(SdCommand.StartBlock);
            foreach (byte b in data)
            {
                _out.Enqueue(b);
            }

            _out.Enqueue((byte)(crc >> 8));
            _out.Enqueue((byte)crc);
        }

        private byte[] Csd()
        {
            byte[] csd = new byte[16];
            SetBits(csd, 83, 80, 9);
            csd[3] = 0x32;
            if (_model.HighCapacity)
            {
                SetBits(csd, 127, 126, 1);
                SetBits(csd, 69, 48, _model.Sectors / 1024 - 1);
            }
            else
            {
                SetBits(csd, 73, 62, _model.Sectors / 512 - 1);
                SetBits(csd, 49, 47, 7);
            }

            csd[15] = (byte)((SdCrc.Crc7(csd, 0, 15) << 1) | 1);
            return csd;
        }

        private static void SetBits(byte[] csd, int high, int low, long value)
        {
            for (int bit = low; bit <= high; bit++)
            {
                if ((value >> (bit - low) & 1) != 0)
                {
                    csd[15 - bit / 8] |= (byte)(1 << (bit % 8));
                }
            }
        }

        private void CheckPower()
        {
            if (!_powered)
            {
                throw new PowerCutException("the SD card is powered off");
            }
        }
    }
}

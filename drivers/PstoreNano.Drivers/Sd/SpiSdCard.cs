using System;

namespace PstoreNano.Drivers.Sd
{
    /// <summary>
    /// An SD card (SDSC, SDHC or SDXC) in SPI mode behind an <see cref="ISpiCardBus"/>: the initialisation the
    /// reference drivers agree on, single- and multi-block reads and writes of 512-byte sectors, and CMD13
    /// after every write. Every command carries a valid CRC7, every written block a valid CRC16, so a CRC
    /// setting left on by an earlier boot never matters; read blocks are checked when CRC is configured
    /// (CMD59 then turns the card's checking on). Every wait is bounded by <see cref="SdTimeouts"/> and by
    /// <see cref="DeadlineMicroseconds"/>, and ends in an <see cref="SdCardException"/> naming the command,
    /// the sector and the card's answer: a card that stops answering, answers garbage or is pulled never
    /// hangs the caller. Responses that arrive a few bits late are re-aligned as Linux's mmc_spi does.
    /// Nothing allocates after construction.
    /// </summary>
    public sealed class SpiSdCard : IDisposable
    {
        /// <summary>Clock until ACMD41 completes (the spec allows 100-400 kHz).</summary>
        public const int InitClockHz = 400000;

        /// <summary>Highest data clock in SPI mode: default speed, 25 MHz (high speed is not used in SPI mode).</summary>
        public const int MaxDataClockHz = 25000000;

        /// <summary>Bytes of one sector.</summary>
        public const int SectorSize = SdCommand.SectorSize;

        private const int Cmd0Tries = 10;
        private const int ResponseBytes = 16;
        private const int PollBytes = 8;
        private const int IdleBytesBeforeReset = 10;
        private const int SdxcSectors = 67108864;

        private readonly ISpiCardBus _bus;
        private readonly ITimeSource _time;
        private readonly SdTimeouts _timeouts;
        private readonly int _dataClockHz;
        private readonly bool _crc;
        private readonly byte[] _frame = new byte[6];
        private readonly byte[] _raw = new byte[8];
        private readonly byte[] _response = new byte[8];
        private readonly byte[] _poll = new byte[PollBytes];
        private readonly byte[] _two = new byte[2];
        private readonly byte[] _token = new byte[1];
        private readonly byte[] _csd = new byte[16];
        private bool _disposed;

        /// <summary>
        /// Creates the driver, which owns <paramref name="bus"/> (see <see cref="Dispose"/>); <see cref="Init"/> talks to the card. <paramref name="dataClockHz"/> is the clock
        /// after initialisation (at most <see cref="MaxDataClockHz"/>); <paramref name="crc"/> turns the card's
        /// CRC checking on and checks every block read.
        /// </summary>
        public SpiSdCard(ISpiCardBus bus, ITimeSource time, SdTimeouts timeouts, int dataClockHz, bool crc)
        {
            if (bus == null)
            {
                throw new ArgumentNullException(nameof(bus));
            }

            if (time == null)
            {
                throw new ArgumentNullException(nameof(time));
            }

            if (dataClockHz <= 0 || dataClockHz > MaxDataClockHz)
            {
                throw new ArgumentOutOfRangeException(nameof(dataClockHz), "SD data clock must be 1.." + MaxDataClockHz +
                    " Hz in SPI mode, was " + dataClockHz + ".");
            }

            _bus = bus;
            _time = time;
            _timeouts = timeouts == null ? SdTimeouts.Default() : timeouts;
            _dataClockHz = dataClockHz;
            _crc = crc;
        }

        /// <summary>True once <see cref="Init"/> succeeded.</summary>
        public bool Initialized { get; private set; }

        /// <summary>True for SDHC/SDXC (block addressing); false for SDSC (byte addressing).</summary>
        public bool HighCapacity { get; private set; }

        /// <summary>True for a card that answered CMD8 (physical layer 2.00 or later).</summary>
        public bool Version2 { get; private set; }

        /// <summary>Sectors of the card, from its CSD.</summary>
        public long SectorCount { get; private set; }

        /// <summary>True when block CRCs are checked (and the card checks them too).</summary>
        public bool CrcEnabled { get { return _crc; } }

        /// <summary>
        /// Absolute time (<see cref="ITimeSource.NowMicroseconds"/>) at which every wait gives up, whatever the
        /// spec allows; 0 for none. The panic path sets it from its time budget.
        /// </summary>
        public long DeadlineMicroseconds { get; set; }

        /// <summary>Commands sent since construction.</summary>
        public long Commands { get; private set; }

        /// <summary>Sectors read since construction.</summary>
        public long SectorsRead { get; private set; }

        /// <summary>Sectors written since construction.</summary>
        public long SectorsWritten { get; private set; }

        /// <summary>
        /// Brings the card to the transfer state: 80 idle clocks, a bounded wait for a card that an MCU reset
        /// left busy (CMD0 would abort its programming), CMD0 retried, CMD8, CMD59, ACMD41 with HCS within the
        /// init timeout, CMD58 (CCS), CMD16 on SDSC, CMD9 for the capacity, then the data clock.
        /// </summary>
        public void Init()
        {
            CheckOpen();
            Initialized = false;
            _bus.SetClock(InitClockHz);
            _bus.IdleClocks(IdleBytesBeforeReset);
            WaitReleased();

            int r1 = -1;
            for (int attempt = 0; attempt < Cmd0Tries && r1 != SdCommand.R1Idle; attempt++)
            {
                _bus.IdleClocks(IdleBytesBeforeReset);
                _bus.Select();
                try
                {
                    r1 = Command(SdCommand.GoIdleState, 0, 0, false, -1);
                }
                finally
                {
                    _bus.Deselect();
                }
            }

            if (r1 != SdCommand.R1Idle)
            {
                throw Fail("no card in the idle state after " + Cmd0Tries + " tries (card missing, unpowered, or MISO without pull-up)",
                    "CMD0", -1, r1, false);
            }

            CheckInterfaceCondition();
            Simple(SdCommand.CrcOnOff, _crc ? 1u : 0u, true);
            LeaveIdle();
            ReadCapacityMode();
            if (!HighCapacity)
            {
                Simple(SdCommand.SetBlockLength, SectorSize, false);
            }

            ReadCsd();
            _bus.SetClock(_dataClockHz);
            Initialized = true;
        }

        /// <summary>Reads <paramref name="count"/> sectors from <paramref name="sector"/> into <paramref name="buffer"/> (CMD17, or CMD18 and CMD12).</summary>
        public void ReadSectors(long sector, byte[] buffer, int offset, int count)
        {
            CheckTransfer(sector, buffer, offset, count);
            try
            {
                Read(sector, buffer, offset, count);
            }
            catch (SdCardException e)
            {
                if (e.Unreadable)
                {
                    // The ECC bit of the status stays set until read; the next write's CMD13 must not see it.
                    ClearStatus(sector);
                }

                throw;
            }
        }

        private void ClearStatus(long sector)
        {
            _bus.Select();
            try
            {
                Command(SdCommand.SendStatus, 0, 1, false, sector);
            }
            catch (SdCardException)
            {
                // The read error is the one reported.
            }
            finally
            {
                _bus.Deselect();
            }
        }

        private void Read(long sector, byte[] buffer, int offset, int count)
        {
            if (count == 1)
            {
                _bus.Select();
                try
                {
                    Expect(Command(SdCommand.ReadSingleBlock, Address(sector), 0, false, sector), 0, "CMD17", sector);
                    ReadBlock(buffer, offset, SectorSize, "CMD17", sector);
                    SectorsRead++;
                }
                finally
                {
                    _bus.Deselect();
                }

                return;
            }

            _bus.Select();
            try
            {
                Expect(Command(SdCommand.ReadMultipleBlock, Address(sector), 0, false, sector), 0, "CMD18", sector);
                bool stopped = false;
                try
                {
                    for (int i = 0; i < count; i++)
                    {
                        ReadBlock(buffer, offset + i * SectorSize, SectorSize, "CMD18", sector + i);
                        SectorsRead++;
                    }

                    stopped = true;
                    StopTransmission(sector + count - 1);
                }
                finally
                {
                    if (!stopped)
                    {
                        TryStopTransmission(sector);
                    }
                }
            }
            finally
            {
                _bus.Deselect();
            }
        }

        /// <summary>
        /// Writes <paramref name="count"/> sectors from <paramref name="buffer"/> at <paramref name="sector"/>
        /// (CMD24, or CMD25 and the stop-tran token), waits out busy, then checks the card status (CMD13).
        /// </summary>
        public void WriteSectors(long sector, byte[] buffer, int offset, int count)
        {
            CheckTransfer(sector, buffer, offset, count);
            Write(sector, buffer, offset, count, SectorSize);
        }

        /// <summary>
        /// Writes the one sector of data at <paramref name="offset"/> into <paramref name="count"/> sectors from
        /// <paramref name="sector"/> (one CMD25 for a run), as an erase to a fill pattern does, without a buffer per sector.
        /// </summary>
        public void FillSectors(long sector, byte[] buffer, int offset, int count)
        {
            CheckTransfer(sector, buffer, offset, 1);
            if (count <= 0 || sector > SectorCount - count)
            {
                throw new ArgumentOutOfRangeException(nameof(count), "sectors " + sector + "+" + count + " lie outside the " +
                    SectorCount + "-sector card.");
            }

            Write(sector, buffer, offset, count, 0);
        }

        private void Write(long sector, byte[] buffer, int offset, int count, int stride)
        {
            string name = count == 1 ? "CMD24" : "CMD25";
            _bus.Select();
            try
            {
                if (count == 1)
                {
                    Expect(Command(SdCommand.WriteBlock, Address(sector), 0, false, sector), 0, name, sector);
                    _bus.Exchange(null, 0, null, 0, 1);
                    WriteBlock(SdCommand.StartBlock, buffer, offset, name, sector, false);
                }
                else
                {
                    Expect(Command(SdCommand.WriteMultipleBlock, Address(sector), 0, false, sector), 0, name, sector);
                    _bus.Exchange(null, 0, null, 0, 1);
                    for (int i = 0; i < count; i++)
                    {
                        WriteBlock(SdCommand.StartMultiWrite, buffer, offset + i * stride, name, sector + i, true);
                    }

                    _token[0] = SdCommand.StopTran;
                    _bus.Exchange(_token, 0, null, 0, 1);
                    _bus.Exchange(null, 0, null, 0, 1);
                    WaitReady(WriteTimeout(), name + " stop tran", sector + count - 1);
                }
            }
            finally
            {
                _bus.Deselect();
            }

            CheckStatus(name, sector);
        }

        /// <summary>Reads the card status (CMD13); throws if R1 or R2 reports an error.</summary>
        public void CheckStatus(string after, long sector)
        {
            CheckOpen();
            _bus.Select();
            try
            {
                int r1 = Command(SdCommand.SendStatus, 0, 1, false, sector);
                int r2 = _response[1];
                if (r1 != 0 || r2 != 0)
                {
                    throw Fail("card status after " + after + " reports an error (R2 0x" + r2.ToString("X2") + ")", "CMD13",
                        sector, r1, (r2 & 0x10) != 0);
                }
            }
            finally
            {
                _bus.Deselect();
            }
        }

        /// <summary>Releases the bus when it is <see cref="IDisposable"/>, once; later calls to the card throw.</summary>
        public void Dispose()
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
            IDisposable owned = _bus as IDisposable;
            if (owned != null)
            {
                owned.Dispose();
            }
        }

        private void CheckInterfaceCondition()
        {
            _bus.Select();
            int r1;
            try
            {
                r1 = Command(SdCommand.SendIfCond, SdCommand.IfCondArgument, 4, false, -1);
            }
            finally
            {
                _bus.Deselect();
            }

            if (r1 == SdCommand.R1Idle)
            {
                if ((_response[3] & 0x0F) != 0x01 || _response[4] != 0xAA)
                {
                    throw Fail("card refuses 2.7-3.6 V or echoes 0x" + _response[4].ToString("X2") + " for 0xAA", "CMD8", -1, r1, false);
                }

                Version2 = true;
            }
            else if (r1 >= 0 && (r1 & SdCommand.R1IllegalCommand) != 0)
            {
                Version2 = false;
            }
            else
            {
                throw Fail("unexpected answer", "CMD8", -1, r1, false);
            }
        }

        private void LeaveIdle()
        {
            long start = _time.NowMicroseconds;
            int limit = _timeouts.InitMicroseconds;
            while (true)
            {
                int r1;
                _bus.Select();
                try
                {
                    r1 = Command(SdCommand.AppCommand, 0, 0, false, -1);
                    if (r1 < 0 || (r1 & ~SdCommand.R1Idle) != 0)
                    {
                        throw Fail("unexpected answer", "CMD55", -1, r1, false);
                    }

                    r1 = Command(SdCommand.SendOpCond, Version2 ? SdCommand.HighCapacitySupport : 0, 0, true, -1);
                }
                finally
                {
                    _bus.Deselect();
                }

                if (r1 == 0)
                {
                    return;
                }

                if (r1 != SdCommand.R1Idle)
                {
                    throw Fail("unexpected answer", "ACMD41", -1, r1, false);
                }

                long now = _time.NowMicroseconds;
                if (now - start >= limit || PastDeadline(now))
                {
                    throw Fail("card still initialising after " + (now - start) / 1000 + " ms (limit " + limit / 1000 +
                        " ms; check the supply)", "ACMD41", -1, r1, false);
                }

                _time.Delay(1000);
            }
        }

        private void ReadCapacityMode()
        {
            if (!Version2)
            {
                HighCapacity = false;
                return;
            }

            _bus.Select();
            int r1;
            try
            {
                r1 = Command(SdCommand.ReadOcr, 0, 4, false, -1);
            }
            finally
            {
                _bus.Deselect();
            }

            uint ocr = ((uint)_response[1] << 24) | ((uint)_response[2] << 16) | ((uint)_response[3] << 8) | _response[4];
            if (r1 != 0 || (ocr & SdCommand.OcrPowerUpDone) == 0)
            {
                throw Fail("OCR 0x" + ocr.ToString("X8") + " without power-up done", "CMD58", -1, r1, false);
            }

            HighCapacity = (ocr & SdCommand.OcrCardCapacity) != 0;
        }

        private void ReadCsd()
        {
            _bus.Select();
            try
            {
                Expect(Command(SdCommand.SendCsd, 0, 0, false, -1), 0, "CMD9", -1);
                ReadBlock(_csd, 0, _csd.Length, "CMD9", -1);
            }
            finally
            {
                _bus.Deselect();
            }

            int structure = CsdBits(127, 126);
            long sectors;
            if (structure == 1)
            {
                sectors = ((long)CsdBits(69, 48) + 1) * 1024;
            }
            else if (structure == 0)
            {
                long blocks = ((long)CsdBits(73, 62) + 1) << (CsdBits(49, 47) + 2);
                sectors = (blocks << CsdBits(83, 80)) / SectorSize;
            }
            else
            {
                throw Fail("unknown CSD structure " + structure, "CMD9", -1, _csd[0], false);
            }

            if (sectors <= 0)
            {
                throw Fail("card reports no capacity", "CMD9", -1, _csd[0], false);
            }

            SectorCount = sectors;
        }

        // Bits [high:low] of the CSD, bit 127 being the top bit of its first byte.
        private int CsdBits(int high, int low)
        {
            int value = 0;
            for (int bit = high; bit >= low; bit--)
            {
                int index = 15 - bit / 8;
                value = (value << 1) | ((_csd[index] >> (bit % 8)) & 1);
            }

            return value;
        }

        private void WaitReleased()
        {
            // A card the MCU reset left programming must finish first: CMD0 would abort it and may damage data.
            _bus.Select();
            try
            {
                WaitReady(_timeouts.ReleaseMicroseconds, "CMD0", -1);
            }
            catch (SdCardException)
            {
                // A card that never releases MISO fails CMD0 below, with the clearer message.
            }
            finally
            {
                _bus.Deselect();
            }
        }

        private void Simple(int command, uint argument, bool idleAllowed)
        {
            _bus.Select();
            int r1;
            try
            {
                r1 = Command(command, argument, 0, false, -1);
            }
            finally
            {
                _bus.Deselect();
            }

            if (r1 < 0 || (r1 & ~(idleAllowed ? SdCommand.R1Idle : 0)) != 0)
            {
                throw Fail("unexpected answer", SdCommand.Name(command, false), -1, r1, false);
            }
        }

        // Sends one command with chip select low and returns R1 (-1: no answer); extra response bytes land in _response[1..].
        private int Command(int command, uint argument, int extraBytes, bool app, long sector)
        {
            string name = SdCommand.Name(command, app);
            if (PastDeadline(_time.NowMicroseconds))
            {
                throw Fail("time budget spent before the command", name, sector, -1, false);
            }

            if (command != SdCommand.GoIdleState && command != SdCommand.StopTransmission)
            {
                WaitReady(WriteTimeout(), name, sector);
            }

            _frame[0] = (byte)(0x40 | command);
            _frame[1] = (byte)(argument >> 24);
            _frame[2] = (byte)(argument >> 16);
            _frame[3] = (byte)(argument >> 8);
            _frame[4] = (byte)argument;
            _frame[5] = (byte)((SdCrc.Crc7(_frame, 0, 5) << 1) | 1);
            _bus.Exchange(_frame, 0, null, 0, _frame.Length);
            Commands++;
            if (command == SdCommand.StopTransmission)
            {
                // The card is still streaming the block: the byte after CMD12 is a stuff byte.
                _bus.Exchange(null, 0, null, 0, 1);
            }

            return ReadResponse(1 + extraBytes);
        }

        // Polls up to 16 bytes for a response; one that starts a few bits late is shifted back into place.
        private int ReadResponse(int length)
        {
            for (int i = 0; i < ResponseBytes; i++)
            {
                _bus.Exchange(null, 0, _raw, 0, 1);
                int first = _raw[0];
                if (first == 0xFF)
                {
                    continue;
                }

                if ((first & 0x80) == 0)
                {
                    _response[0] = (byte)first;
                    if (length > 1)
                    {
                        _bus.Exchange(null, 0, _response, 1, length - 1);
                    }

                    return first;
                }

                int shift = 0;
                while ((first << shift & 0x80) != 0)
                {
                    shift++;
                }

                _bus.Exchange(null, 0, _raw, 1, length);
                for (int j = 0; j < length; j++)
                {
                    _response[j] = (byte)((_raw[j] << shift) | (_raw[j + 1] >> (8 - shift)));
                }

                return _response[0];
            }

            return -1;
        }

        private void Expect(int r1, int expected, string name, long sector)
        {
            if (r1 != expected)
            {
                throw Fail(r1 < 0 ? "no response" : "command refused", name, sector, r1, false);
            }
        }

        // Waits for the start token, then reads the block and its CRC16.
        private void ReadBlock(byte[] buffer, int offset, int length, string name, long sector)
        {
            long start = _time.NowMicroseconds;
            int limit = _timeouts.ReadMicroseconds;
            int polls = 0;
            int delay = 0;
            while (true)
            {
                _bus.Exchange(null, 0, _token, 0, 1);
                int token = _token[0];
                if (token == SdCommand.StartBlock)
                {
                    break;
                }

                if (token != 0xFF && token != 0x00)
                {
                    bool errorToken = (token & 0xE0) == 0;
                    throw Fail(errorToken ? "data error token: sector unreadable" : "garbage instead of the start token", name,
                        sector, token, errorToken);
                }

                if (++polls >= PollBytes)
                {
                    long now = _time.NowMicroseconds;
                    if (now - start >= limit || PastDeadline(now))
                    {
                        throw Fail("no start token within " + limit / 1000 + " ms", name, sector, token, false);
                    }

                    delay = NextDelay(delay, start);
                    _time.Delay(delay);
                }
            }

            _bus.Exchange(null, 0, buffer, offset, length);
            _bus.Exchange(null, 0, _two, 0, 2);
            if (_crc)
            {
                int sent = (_two[0] << 8) | _two[1];
                int computed = SdCrc.Crc16(buffer, offset, length);
                if (sent != computed)
                {
                    SdCardException e = Fail("block CRC16 0x" + sent.ToString("X4") + " where the data gives 0x" +
                        computed.ToString("X4"), name, sector, _two[0], false);
                    throw new SdCardException(e.Message, name, sector, _two[0], false, true);
                }
            }
        }

        private void WriteBlock(byte token, byte[] buffer, int offset, string name, long sector, bool multi)
        {
            _token[0] = token;
            _bus.Exchange(_token, 0, null, 0, 1);
            _bus.Exchange(buffer, offset, null, 0, SectorSize);
            int crc = SdCrc.Crc16(buffer, offset, SectorSize);
            _two[0] = (byte)(crc >> 8);
            _two[1] = (byte)crc;
            _bus.Exchange(_two, 0, null, 0, 2);
            int response = ReadDataResponse();
            if (response != SdCommand.DataAccepted)
            {
                if (multi)
                {
                    // The spec asks for CMD12 after an error response inside CMD25; else the card keeps receiving.
                    TryStopTransmission(sector);
                }

                string what = response == SdCommand.DataCrcError ? "data CRC error" :
                    response == SdCommand.DataWriteError ? "write error" : response < 0 ? "no data response" : "garbage data response";
                throw Fail(what, name, sector, response, false);
            }

            WaitReady(WriteTimeout(), name, sector);
            SectorsWritten++;
        }

        // The data response xxx0sss1, which may arrive a few bits late: Linux's rule, the first three bits count
        // as ones, then the token starts at the first 0 bit.
        private int ReadDataResponse()
        {
            for (int i = 0; i < ResponseBytes; i++)
            {
                _bus.Exchange(null, 0, _raw, 0, 1);
                if (_raw[0] == 0xFF)
                {
                    continue;
                }

                if ((_raw[0] & 0x11) == 0x01)
                {
                    return _raw[0] & 0x1F;
                }

                _bus.Exchange(null, 0, _raw, 1, 1);
                int pattern = (_raw[0] << 8) | _raw[1] | 0xE000;
                int bit = 15;
                while (bit > 4 && (pattern >> bit & 1) != 0)
                {
                    bit--;
                }

                return (pattern >> (bit - 4)) & 0x1F;
            }

            return -1;
        }

        private void StopTransmission(long sector)
        {
            int r1 = Command(SdCommand.StopTransmission, 0, 0, false, sector);
            if (r1 < 0 || (r1 & 0x7E) != 0)
            {
                throw Fail("command refused", "CMD12", sector, r1, false);
            }

            WaitReady(WriteTimeout(), "CMD12", sector);
        }

        private void TryStopTransmission(long sector)
        {
            try
            {
                StopTransmission(sector);
            }
            catch (SdCardException)
            {
                // The first error is the one reported.
            }
        }

        // Busy ends with one 0xFF byte or two non-zero bytes in a row (the first may be a partial edge).
        private void WaitReady(int limitMicroseconds, string name, long sector)
        {
            long start = _time.NowMicroseconds;
            int delay = 0;
            int last = 0;
            while (true)
            {
                _bus.Exchange(null, 0, _poll, 0, PollBytes);
                for (int i = 0; i < PollBytes; i++)
                {
                    int b = _poll[i];
                    if (b == 0xFF || (b != 0 && last != 0))
                    {
                        return;
                    }

                    last = b;
                }

                long now = _time.NowMicroseconds;
                if (now - start >= limitMicroseconds || PastDeadline(now))
                {
                    throw Fail("card still busy after " + (now - start) / 1000 + " ms (limit " + limitMicroseconds / 1000 +
                        " ms" + (PastDeadline(now) ? ", time budget spent" : "") + ")", name, sector, last, false);
                }

                delay = NextDelay(delay, start);
                _time.Delay(delay);
            }
        }

        // Polls every 20 us for the first 5 ms (typical busy and read access end within it, and on the device a
        // wait below 1 ms is no wait at all), then every millisecond: a stall of hundreds of ms costs no bus traffic.
        private int NextDelay(int delay, long start)
        {
            return _time.NowMicroseconds - start < 5000 ? 20 : 1000;
        }

        private bool PastDeadline(long now)
        {
            return DeadlineMicroseconds > 0 && now >= DeadlineMicroseconds;
        }

        private int WriteTimeout()
        {
            return _timeouts.WriteMicroseconds(SectorCount > SdxcSectors);
        }

        private uint Address(long sector)
        {
            return HighCapacity ? (uint)sector : (uint)(sector * SectorSize);
        }

        private void CheckTransfer(long sector, byte[] buffer, int offset, int count)
        {
            CheckOpen();
            if (!Initialized)
            {
                throw new InvalidOperationException("the SD card is not initialised (call Init)");
            }

            if (buffer == null)
            {
                throw new ArgumentNullException(nameof(buffer));
            }

            if (count <= 0 || offset < 0 || offset > buffer.Length - count * SectorSize)
            {
                throw new ArgumentOutOfRangeException(count <= 0 ? nameof(count) : nameof(offset), count + " sectors at offset " +
                    offset + " do not fit the " + buffer.Length + "-byte buffer.");
            }

            if (sector < 0 || sector > SectorCount - count)
            {
                throw new ArgumentOutOfRangeException(nameof(sector), "sectors " + sector + "+" + count + " lie outside the " +
                    SectorCount + "-sector card.");
            }
        }

        private void CheckOpen()
        {
            if (_disposed)
            {
                throw new ObjectDisposedException("the SD card driver is closed", (Exception)null);
            }
        }

        private static SdCardException Fail(string what, string command, long sector, int answer, bool unreadable)
        {
            string message = "SD " + command + (sector >= 0 ? " sector " + sector : "") + ": " + what +
                (answer >= 0 ? " (card answered 0x" + answer.ToString("X2") + ")" : " (no answer)");
            return new SdCardException(message, command, sector, answer, unreadable);
        }
    }
}

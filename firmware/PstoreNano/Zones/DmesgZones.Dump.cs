using PstoreNano.Records;
using PstoreNano.Text;

namespace PstoreNano.Zones
{
    /// <summary>
    /// The crash dump: one record streamed through one page buffer into the ready zone. The 4-byte
    /// signature is programmed last and alone, so it commits the record: a dump torn at any earlier
    /// byte leaves the zone without a signature, which reads as no record.
    /// </summary>
    internal sealed partial class DmesgZones
    {
        /// <summary>How long the dump waits for a thread that is appending to the kmsg ring.</summary>
        public const int LogLockWaitMilliseconds = 10;

        // Buffers of the panic path only: it may run while another thread is inside a normal path.
        private readonly ZonePageWriter _writer;
        private readonly byte[] _dumpHeader;
        private readonly byte[] _dumpLine;
        private readonly string[] _parts = new string[6];

        /// <summary>
        /// Writes a crash dump into the ready zone: "&lt;Reason&gt;#&lt;n&gt; Part1", then
        /// "&lt;type&gt;: &lt;message&gt;" and the stack trace (null parts skipped), then the newest whole
        /// lines of <paramref name="log"/> that still fit. Allocates nothing, erases nothing; waits at most
        /// <see cref="LogLockWaitMilliseconds"/> for the ring. Returns false if nothing was stored
        /// (reason above max_reason, no zone, or on flash a second dump in one boot finds its zone not erased).
        /// </summary>
        public bool WriteDump(DumpReason reason, string exceptionType, string message, string stackTrace, KmsgRing log)
        {
            if ((int)reason > _maxReason || _zoneCount == 0 || !TakeReadyZone())
            {
                return false;
            }

            uint counter = 0;
            if (reason == DumpReason.Oops)
            {
                counter = ++_oopsCounter;
            }
            else if (reason == DumpReason.Panic)
            {
                counter = ++_panicCounter;
            }

            long seconds;
            long nanoseconds;
            DumpTime(out seconds, out nanoseconds);

            int capacity = _zoneSize - DmesgHeader.Size;
            int lineLength = DmesgText.WriteDumpLine(_dumpLine, (int)reason, counter);
            long fixedLength = lineLength + SetExceptionParts(exceptionType, message, stackTrace);
            int head = fixedLength < capacity ? (int)fixedLength : capacity;
            bool locked = log != null && log.TryEnter(LogLockWaitMilliseconds);
            try
            {
                long logStart = 0;
                int logLength = log == null ? 0 : log.FindNewestLines(capacity - head, out logStart);
                if (logLength < 0 || logLength > capacity - head)
                {
                    // Only possible if an appender raced an unlocked read: keep the record well-formed.
                    logLength = logLength < 0 ? 0 : capacity - head;
                }

                int zone = _nextZone;

                // The zone is spent from here on: if the device fails mid-dump, a retry must not
                // program over the half-written bytes.
                _nextZoneReady = !_device.EraseBeforeProgram;
                BeginRecord(zone, (int)reason, counter, seconds, nanoseconds, false, head + logLength);
                _writer.Put(_dumpLine, 0, lineLength);
                for (int i = 0; i < _parts.Length; i++)
                {
                    _writer.Put(_parts[i]);
                }

                if (logLength > 0)
                {
                    _writer.Put(log, logStart, logLength);
                }

                CommitRecord(zone, seconds);
            }
            finally
            {
                if (locked)
                {
                    log.Exit();
                }
            }

            return true;
        }

        /// <summary>
        /// Writes a record with the given header fields and text into <paramref name="zone"/> (the text is
        /// cut to what the zone holds) through the same path as the crash dump. For image tools and
        /// conformance checks; the zone must be writable (erased on flash).
        /// </summary>
        internal void WriteRecord(int zone, int reason, uint counter, long seconds, long nanoseconds, bool compressed,
            byte[] text, int offset, int count)
        {
            int capacity = _zoneSize - DmesgHeader.Size;
            int length = count < capacity ? count : capacity;
            BeginRecord(zone, reason, counter, seconds, nanoseconds, compressed, length);
            _writer.Put(text, offset, length);
            KeepCounter(reason, counter);
            CommitRecord(zone, seconds);
        }

        // On flash the zone found ready at mount is used; a later dump in the same boot checks that its
        // zone reads erased (reads only: the panic path never erases).
        /// <summary>
        /// Makes the next zone ready for a dump, erasing it if needed (never on the panic path). Called
        /// after a dump the application survives (Oops), so a later panic in the same boot still finds an
        /// erased zone. On a full ring this erases the oldest record, as mount does.
        /// </summary>
        public void PrepareNextZone()
        {
            if (_zoneCount == 0 || TakeReadyZone())
            {
                return;
            }

            EraseClean(_nextZone);
            _nextZoneReady = true;
        }

        private bool TakeReadyZone()
        {
            if (!_nextZoneReady)
            {
                _nextZoneReady = ZoneIsClean(_nextZone, _writer.Page);
            }

            return _nextZoneReady;
        }

        // Wall-clock time when the board has it, but never at or below the newest stored second, so the
        // ring order survives a clock that was reset; otherwise newest + 1 (Linux orders by tv_sec only).
        private void DumpTime(out long seconds, out long nanoseconds)
        {
            long floor = _newestSeconds == long.MaxValue ? long.MaxValue : _newestSeconds + 1;
            if (_clock.TryGetUnixTime(out seconds, out nanoseconds) && seconds >= floor)
            {
                return;
            }

            seconds = floor;
            nanoseconds = 0;
        }

        // "<type>: <message>\n<stack trace>\n", skipping null or empty parts; returns the UTF-8 length.
        private int SetExceptionParts(string exceptionType, string message, string stackTrace)
        {
            bool hasType = exceptionType != null && exceptionType.Length > 0;
            bool hasMessage = message != null && message.Length > 0;
            bool hasStack = stackTrace != null && stackTrace.Length > 0;
            _parts[0] = hasType ? exceptionType : null;
            _parts[1] = hasType && hasMessage ? ": " : null;
            _parts[2] = hasMessage ? message : null;
            _parts[3] = hasType || hasMessage ? "\n" : null;
            _parts[4] = hasStack ? stackTrace : null;
            _parts[5] = hasStack && stackTrace[stackTrace.Length - 1] != '\n' ? "\n" : null;
            int length = 0;
            for (int i = 0; i < _parts.Length; i++)
            {
                if (_parts[i] != null)
                {
                    length += Utf8.ByteCount(_parts[i]);
                }
            }

            return length;
        }

        // Opens the stream: datalen, start and the kmsg header go out with the first text page. On flash
        // the signature bytes stay erased; on a block device they are written as 0 in the same program,
        // which also invalidates the record the zone held before.
        private void BeginRecord(int zone, int reason, uint counter, long seconds, long nanoseconds, bool compressed, int textLength)
        {
            int address = ZoneAddress(zone);
            DmesgHeader.Format(_dumpHeader, 0, 0, DmesgHeader.KmsgHeaderSize + textLength, reason, counter,
                seconds, nanoseconds, compressed);
            int skip = _device.EraseBeforeProgram ? DmesgHeader.DataLengthOffset : 0;
            _writer.Begin(address + skip, address + DmesgHeader.Size + textLength);
            _writer.Put(_dumpHeader, skip, DmesgHeader.Size - skip);
        }

        // The commit: the signature, programmed after every other byte of the record.
        private void CommitRecord(int zone, long seconds)
        {
            _writer.Flush();
            LittleEndian.WriteUInt32(_dumpHeader, 0, DmesgHeader.Signature);
            _device.Program(ZoneAddress(zone), _dumpHeader, 0, DmesgHeader.DataLengthOffset);
            if (seconds >= _newestSeconds)
            {
                _newestSeconds = seconds;
            }

            _nextZone = (zone + 1) % _zoneCount;
            _nextZoneReady = !_device.EraseBeforeProgram;
        }
    }
}

using System;
using System.Collections;
using System.Threading;
using PstoreNano.Config;
using PstoreNano.Devices;
using PstoreNano.Engine;
using PstoreNano.Records;
using PstoreNano.Text;
using PstoreNano.Zones;

namespace PstoreNano
{
    /// <summary>
    /// A mounted pstore partition: the pmsg log, the crash dump, and the records left by earlier boots.
    /// Mount recovers everything before the first write and never throws on damaged data (damage is
    /// counted in <see cref="Report"/>); a device that fails throws <see cref="ZoneDeviceException"/>.
    /// The store owns its device: <see cref="Dispose"/> releases it.
    /// </summary>
    public sealed partial class Pstore : IDisposable
    {
        /// <summary>How long the panic path waits for another thread to leave the engine.</summary>
        public const int PanicLockWaitMilliseconds = 100;

        /// <summary>Bytes of UTF-8 text encoded per pmsg write: a longer string becomes several writes.</summary>
        public const int TextBufferSize = 256;

        private readonly IZoneDevice _device;
        private readonly ZoneLayout _layout;
        private DmesgZones _dmesg;
        private PmsgRing _pmsg;
        private readonly KmsgRing _kmsg;
        private readonly EngineLock _lock = new EngineLock();
        private readonly byte[] _pmsgBuffer;
        private readonly byte[] _textBuffer;
        private MountReport _report;
        private int _pmsgBuffered;
        private bool _disposed;

        private Exception _lastDumpFailure;

        // EngineLock.Me of the thread writing a dump, 0 when none is.
        private int _dumpingThread;

        private Pstore(IZoneDevice device, PstoreConfig config, IWallClock clock)
        {
            _device = device;
            _layout = ZoneLayout.Create(config, device.Size, device.EraseSize);
            RefuseSingleFlashZone(device, config);
            _report = new MountReport();
            _kmsg = new KmsgRing(config.KmsgRamSize);
            _pmsgBuffer = config.PmsgBufferSize > 0 ? new byte[config.PmsgBufferSize] : null;
            _textBuffer = new byte[TextBufferSize];
            _maxReason = config.MaxReason;
            _clock = clock;
            CreateZones();
        }

        /// <summary>
        /// Validates the configuration against the device, recovers the partition and makes it ready for
        /// writing. Throws <see cref="PstoreConfigException"/> for a bad configuration. The returned store
        /// owns <paramref name="device"/> (see <see cref="Dispose"/>); when Mount throws, the caller still does.
        /// </summary>
        public static Pstore Mount(IZoneDevice device, PstoreConfig config, IWallClock clock)
        {
            if (device == null)
            {
                throw new ArgumentNullException(nameof(device));
            }

            if (config == null)
            {
                throw new ArgumentNullException(nameof(config));
            }

            if (clock == null)
            {
                clock = config.HasRealTimeClock ? (IWallClock)new SystemWallClock() : new NoWallClock();
            }

            Pstore store = new Pstore(device, config, clock);
            store.MountZones();
            return store;
        }

        /// <summary>Mounts with the wall clock that <see cref="PstoreConfig.HasRealTimeClock"/> selects.</summary>
        public static Pstore Mount(IZoneDevice device, PstoreConfig config)
        {
            return Mount(device, config, null);
        }

        /// <summary>What recovery found and did.</summary>
        public MountReport Report { get { return _report; } }

        /// <summary>Where the zones lie.</summary>
        public ZoneLayout Layout { get { return _layout; } }

        /// <summary>The device under the partition.</summary>
        public IZoneDevice Device { get { return _device; } }

        /// <summary>The RAM ring of recent log lines that a crash dump copies.</summary>
        internal KmsgRing Kmsg { get { return _kmsg; } }

        /// <summary>
        /// What made the last failed dump fail (a device exception), or null: Dump itself returns false and
        /// never throws, so a caller that survives it (an Oops) can log why.
        /// </summary>
        public Exception LastDumpFailure { get { return _lastDumpFailure; } }

        /// <summary>This boot's number in the pmsg ring (0 if pmsg is disabled).</summary>
        public uint BootNumber { get { return _pmsg == null ? 0 : _pmsg.BootNumber; } }

        /// <summary>
        /// Appends bytes to the pmsg log. Synchronous unless a write-back buffer is configured: then
        /// the bytes reach flash when the buffer fills, on <see cref="FlushPmsg"/>, or in a crash dump.
        /// Returns the bytes kept (a write larger than the ring keeps its tail).
        /// </summary>
        public int WritePmsg(byte[] buffer, int offset, int count)
        {
            Arguments.CheckBuffer(buffer, offset, count);

            if (_pmsg == null)
            {
                throw new InvalidOperationException(PstoreConfig.PmsgSizeKey + " is 0: pmsg is disabled");
            }

            EnterWritable();
            try
            {
                return WritePmsgLocked(buffer, offset, count, false);
            }
            finally
            {
                _lock.Exit();
            }
        }

        /// <summary>Appends the UTF-8 bytes of <paramref name="text"/> to the pmsg log (see WritePmsg).</summary>
        public void WritePmsg(string text)
        {
            WriteText(text, false, false);
        }

        /// <summary>Records a log line: into the RAM ring for crash dumps, and into pmsg with a newline.</summary>
        public void Log(string line)
        {
            // On a partition of another layout the line stays in RAM: nothing is programmed before Reformat.
            if (_pmsg == null || _layoutRefusal != null)
            {
                LogKmsg(line);
                return;
            }

            // Encoded once: each UTF-8 piece goes to the RAM ring and to pmsg (the encoder is the costly part
            // on the interpreter, one loop iteration per character).
            WriteText(line, true, true);
        }

        /// <summary>
        /// Records a log line in the RAM ring only: it costs no flash write now and reaches flash with the
        /// next crash dump (the newest lines that fit the dmesg zone).
        /// </summary>
        public void LogKmsg(string line)
        {
            if (line == null)
            {
                throw new ArgumentNullException(nameof(line));
            }

            ThrowIfDisposed();
            _kmsg.AppendLine(line);
        }

        /// <summary>Writes buffered pmsg bytes to flash.</summary>
        public void FlushPmsg()
        {
            EnterLive();
            try
            {
                FlushLocked(false);
            }
            finally
            {
                _lock.Exit();
            }
        }

        /// <summary>
        /// The crash dump: writes "&lt;Reason&gt;#&lt;n&gt; Part1", the exception and the newest log lines
        /// that fit into the ready dmesg zone, then flushes buffered pmsg bytes (as Linux's reviewers asked
        /// for the pmsg zone). A <see cref="DumpReason.Panic"/> dump runs the panic path: it allocates
        /// nothing, erases nothing, waits at most <see cref="PanicLockWaitMilliseconds"/> for another thread,
        /// and leaves the device in its panic state: the caller reboots. Other reasons run the normal path
        /// and afterwards erase the next zone, so a later panic in the same boot finds one ready.
        /// Never throws: returns false if nothing was stored (reason above max_reason, dmesg disabled, no
        /// ready zone, the device failed, or another dump is still being written).
        /// </summary>
        public bool Dump(DumpReason reason, string exceptionType, string message, string stackTrace)
        {
            if (reason == DumpReason.Panic)
            {
                return PanicDump(exceptionType, message, stackTrace);
            }

            // A dump from inside one of this store's own calls on the same thread (a device or clock
            // callback) would wait for itself; it is refused instead.
            if (_lock.HeldByCurrentThread)
            {
                return false;
            }

            _lock.Enter();
            try
            {
                // Disposed is refused like a failed device: a crash handler must still reach its reboot.
                ThrowIfDisposed();
                ThrowIfLayoutRefused();
                if (!BeginDump())
                {
                    return false;
                }

                try
                {
                    bool stored = _dmesg != null && _dmesg.WriteDump(reason, exceptionType, message, stackTrace, _kmsg);
                    FlushLocked(false);
                    if (stored)
                    {
                        _dmesg.PrepareNextZone();
                    }

                    return stored;
                }
                finally
                {
                    EndDump();
                }
            }
            catch (Exception e)
            {
                // A device that fails mid-dump: the caller is about to reboot and must get there.
                _lastDumpFailure = e;
                return false;
            }
            finally
            {
                _lock.Exit();
            }
        }

        /// <summary>
        /// The crash dump of an exception (see the string overload). Its type name, message and stack trace
        /// are read first; a getter that throws (an exhausted heap) is recorded as "(… not read)" and the
        /// dump goes on. The runtime builds the stack-trace string (and on nanoFramework the type name) on
        /// every call: those are the only heap bytes of this overload; an <see cref="OutOfMemoryException"/>
        /// uses a literal type name.
        /// </summary>
        public bool Dump(DumpReason reason, Exception exception)
        {
            if (exception == null)
            {
                return Dump(reason, null, null, null);
            }

            string type = ExceptionText.TypeName(exception);
            string message = ExceptionText.Message(exception);
            string stackTrace = ExceptionText.StackTrace(exception);
            return Dump(reason, type, message, stackTrace);
        }

        /// <summary>Lists the records on flash now, dmesg zones first, then pmsg boots oldest first.</summary>
        public PstoreRecord[] ListRecords()
        {
            EnterLive();
            try
            {
                if (_layoutRefusal != null)
                {
                    return new PstoreRecord[0];
                }

                ArrayList list = new ArrayList();
                if (_dmesg != null)
                {
                    _dmesg.ListRecords(list);
                }

                if (_pmsg != null)
                {
                    _pmsg.ListRecords(list);
                }

                PstoreRecord[] records = new PstoreRecord[list.Count];
                for (int i = 0; i < records.Length; i++)
                {
                    records[i] = (PstoreRecord)list[i];
                }

                return records;
            }
            finally
            {
                _lock.Exit();
            }
        }

        /// <summary>
        /// Reads up to <paramref name="count"/> bytes of a record from <paramref name="position"/>;
        /// returns the bytes read, 0 at the end.
        /// </summary>
        public int ReadRecord(PstoreRecord record, int position, byte[] buffer, int offset, int count)
        {
            if (record == null)
            {
                throw new ArgumentNullException(nameof(record));
            }

            Arguments.CheckPosition(position);
            Arguments.CheckBuffer(buffer, offset, count);

            EnterWritable();
            try
            {
                if (record.Type == RecordType.Dmesg && _dmesg != null)
                {
                    return _dmesg.Read(record, position, buffer, offset, count);
                }

                if (record.Type == RecordType.Pmsg && _pmsg != null)
                {
                    return _pmsg.Read(record, position, buffer, offset, count);
                }

                throw NotOurs(record);
            }
            finally
            {
                _lock.Exit();
            }
        }

        /// <summary>
        /// Deletes a record. A pmsg record takes every earlier boot with it: the ring only forgets from
        /// its oldest end.
        /// </summary>
        public void EraseRecord(PstoreRecord record)
        {
            if (record == null)
            {
                throw new ArgumentNullException(nameof(record));
            }

            EnterWritable();
            try
            {
                if (record.Type == RecordType.Dmesg && _dmesg != null)
                {
                    _dmesg.Erase(record);
                }
                else if (record.Type == RecordType.Pmsg && _pmsg != null)
                {
                    _pmsg.Erase(record);
                }
                else
                {
                    throw NotOurs(record);
                }
            }
            finally
            {
                _lock.Exit();
            }
        }

        /// <summary>Deletes every record.</summary>
        public void EraseAll()
        {
            EnterWritable();
            try
            {
                FlushLocked(false);
                if (_dmesg != null)
                {
                    _dmesg.EraseAll();
                }

                if (_pmsg != null)
                {
                    _pmsg.EraseAll();
                }
            }
            finally
            {
                _lock.Exit();
            }
        }

        private static ArgumentException NotOurs(PstoreRecord record)
        {
            return new ArgumentException("record " + record.Name + " does not belong to this partition", nameof(record));
        }

        private void WriteText(string text, bool newline, bool alsoKmsg)
        {
            if (text == null)
            {
                throw new ArgumentNullException(nameof(text));
            }

            if (_pmsg == null)
            {
                throw new InvalidOperationException(PstoreConfig.PmsgSizeKey + " is 0: pmsg is disabled");
            }

            EnterWritable();
            try
            {
                // Encoded in pieces of the text buffer, each piece one write; a short line and its
                // newline share one write.
                int charIndex = 0;
                do
                {
                    int n = Utf8.Encode(text, ref charIndex, _textBuffer, 0, _textBuffer.Length);
                    if (newline && charIndex == text.Length && n < _textBuffer.Length)
                    {
                        _textBuffer[n++] = (byte)'\n';
                        newline = false;
                    }

                    if (n > 0)
                    {
                        WritePiece(n, alsoKmsg);
                    }
                }
                while (charIndex < text.Length);

                if (newline)
                {
                    _textBuffer[0] = (byte)'\n';
                    WritePiece(1, alsoKmsg);
                }
            }
            finally
            {
                _lock.Exit();
            }
        }

        private bool PanicDump(string exceptionType, string message, string stackTrace)
        {
            // One dump at a time: the dmesg zones stream every record through one page buffer. A second
            // panic on another thread waits as long as a panic waits for the lock; a panic raised on the
            // thread that is writing a dump (from a device callback) returns at once.
            if (!BeginPanicDump())
            {
                return false;
            }

            bool locked = false;
            try
            {
                locked = _lock.TryEnter(PanicLockWaitMilliseconds);
                ThrowIfDisposed();
                ThrowIfLayoutRefused();
                _device.PanicTakeOver();
                bool stored = _dmesg != null &&
                    _dmesg.WriteDump(DumpReason.Panic, exceptionType, message, stackTrace, _kmsg);

                // A thread that still holds the lock may be half way through a pmsg write: appending
                // after it could program over its chunk, so buffered pmsg bytes are given up instead.
                if (locked)
                {
                    FlushLocked(true);
                }

                return stored;
            }
            catch (Exception e)
            {
                // The device failed (stuck busy, not answering): the zone is spent, the caller reboots.
                _lastDumpFailure = e;
                return false;
            }
            finally
            {
                if (locked)
                {
                    _lock.Exit();
                }

                EndDump();
            }
        }

        // Marks a dump in progress; false if one already is. Interlocked: dumps may race on two threads.
        private bool BeginDump()
        {
            return Interlocked.CompareExchange(ref _dumpingThread, EngineLock.Me, 0) == 0;
        }

        private bool BeginPanicDump()
        {
            int me = EngineLock.Me;
            for (int waited = 0; ; waited++)
            {
                int holder = Interlocked.CompareExchange(ref _dumpingThread, me, 0);
                if (holder == 0)
                {
                    return true;
                }

                if (holder == me || waited >= PanicLockWaitMilliseconds)
                {
                    return false;
                }

                Thread.Sleep(1);
            }
        }

        private void EndDump()
        {
            Interlocked.Exchange(ref _dumpingThread, 0);
        }

        private void WritePiece(int count, bool alsoKmsg)
        {
            if (alsoKmsg)
            {
                _kmsg.Append(_textBuffer, 0, count);
            }

            WritePmsgLocked(_textBuffer, 0, count, false);
        }

        private int WritePmsgLocked(byte[] buffer, int offset, int count, bool panic)
        {
            if (_pmsgBuffer == null)
            {
                return _pmsg.Write(buffer, offset, count, panic);
            }

            if (count > _pmsgBuffer.Length - _pmsgBuffered)
            {
                FlushLocked(panic);
                if (count > _pmsgBuffer.Length)
                {
                    return _pmsg.Write(buffer, offset, count, panic);
                }
            }

            Array.Copy(buffer, offset, _pmsgBuffer, _pmsgBuffered, count);
            _pmsgBuffered += count;
            return count;
        }

        private void FlushLocked(bool panic)
        {
            if (_pmsgBuffer == null || _pmsgBuffered == 0)
            {
                return;
            }

            int n = _pmsgBuffered;
            _pmsgBuffered = 0;
            _pmsg.Write(_pmsgBuffer, 0, n, panic);
        }
    }
}

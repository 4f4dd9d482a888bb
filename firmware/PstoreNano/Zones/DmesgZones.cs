using System;
using System.Collections;
using PstoreNano.Config;
using PstoreNano.Devices;
using PstoreNano.Engine;
using PstoreNano.Records;

namespace PstoreNano.Zones
{
    /// <summary>
    /// The oops/panic zones, in Linux pstore/zone's exact byte format (see docs/FORMAT.md): recovery at
    /// mount, listing and streamed reading of records, deletion, and the crash dump. RAM is a few fixed
    /// buffers of at most a page, whatever the number or size of the zones.
    /// The engine lock of the caller serializes everything except <see cref="WriteDump"/>, which may run
    /// over another thread and therefore owns separate buffers.
    /// </summary>
    internal sealed partial class DmesgZones
    {
        private readonly IZoneDevice _device;
        private readonly int _firstZone;
        private readonly int _zoneSize;
        private readonly int _zoneCount;
        private readonly int _maxReason;
        private readonly IWallClock _clock;

        // Buffers of the normal paths (mount, list, read, erase).
        private readonly byte[] _headerBytes = new byte[DmesgHeader.Size];
        private readonly DmesgHeader _header = new DmesgHeader();
        private readonly byte[] _line = new byte[DmesgText.MaxLineLength];
        private readonly byte[] _scanPage;
        private readonly byte[] _word = new byte[CleanErase.MarkerSize];

        // Running state, as Linux's psz_context keeps it.
        private uint _oopsCounter;
        private uint _panicCounter;
        private long _newestSeconds;
        private int _nextZone;
        private bool _nextZoneReady;

        /// <summary>Binds the zones of <paramref name="layout"/> on <paramref name="device"/>.</summary>
        public DmesgZones(IZoneDevice device, ZoneLayout layout, int maxReason, IWallClock clock)
        {
            if (device == null)
            {
                throw new ArgumentNullException(nameof(device));
            }

            if (layout == null)
            {
                throw new ArgumentNullException(nameof(layout));
            }

            if (layout.DmesgZoneCount > 0 && layout.DmesgZoneSize <= DmesgHeader.Size)
            {
                throw new ArgumentException("a dmesg zone of " + layout.DmesgZoneSize + " bytes cannot hold the " +
                    DmesgHeader.Size + "-byte header", nameof(layout));
            }

            _device = device;
            _firstZone = layout.DmesgOffset;
            _zoneSize = layout.DmesgZoneSize;
            _zoneCount = layout.DmesgZoneCount;
            _maxReason = maxReason;
            _clock = clock == null ? new NoWallClock() : clock;
            _scanPage = new byte[device.PageSize];
            _writer = new ZonePageWriter(device);
            _dumpHeader = new byte[DmesgHeader.Size];
            _dumpLine = new byte[DmesgText.MaxLineLength];
        }

        /// <summary>Number of dmesg zones.</summary>
        public int ZoneCount { get { return _zoneCount; } }

        /// <summary>The zone the next dump goes to.</summary>
        public int NextZone { get { return _nextZone; } }

        /// <summary>Highest Oops counter stored or written.</summary>
        public uint OopsCounter { get { return _oopsCounter; } }

        /// <summary>Highest Panic counter stored or written.</summary>
        public uint PanicCounter { get { return _panicCounter; } }

        /// <summary>Adds a PstoreRecord for every valid zone to <paramref name="into"/>, in zone order.</summary>
        public void ListRecords(ArrayList into)
        {
            for (int zone = 0; zone < _zoneCount; zone++)
            {
                if (ReadHeader(zone) != DmesgZoneKind.Record)
                {
                    continue;
                }

                PstoreRecord record = new PstoreRecord();
                record.Name = "dmesg-" + _device.Name + "-" + zone;
                record.Type = RecordType.Dmesg;
                record.Id = zone;
                record.Location = zone;
                record.Reason = (DumpReason)_header.Reason;
                record.Counter = _header.Counter;
                record.TimeSeconds = _header.Seconds;
                record.TimeNanoseconds = _header.Nanoseconds;
                record.Compressed = _header.Compressed;
                record.StoredLength = _header.TextLength;
                record.Size = TotalLineLength(record) + _header.TextLength;
                into.Add(record);
            }
        }

        /// <summary>
        /// Reads part of a record, as /sys/fs/pstore shows it: for an uncompressed record the line
        /// "&lt;Reason&gt;: Total &lt;n&gt; times" (never stored) and then the stored text; for a compressed
        /// one the stored bytes only. Returns the bytes read, 0 at the end or if the zone no longer holds
        /// this record.
        /// </summary>
        public int Read(PstoreRecord record, int position, byte[] buffer, int offset, int count)
        {
            if (!StillHolds(record) || position < 0 || count <= 0)
            {
                return 0;
            }

            int lineLength = TotalLineLength(record);
            int size = lineLength + record.StoredLength;
            if (position >= size)
            {
                return 0;
            }

            int n = count < size - position ? count : size - position;
            int done = 0;
            if (position < lineLength)
            {
                done = lineLength - position < n ? lineLength - position : n;
                Array.Copy(_line, position, buffer, offset, done);
            }

            if (done < n)
            {
                int textOffset = position + done - lineLength;
                _device.Read(ZoneAddress(record.Id) + DmesgHeader.Size + textOffset, buffer, offset + done, n - done);
            }

            return n;
        }

        private int ZoneAddress(int zone)
        {
            return _firstZone + zone * _zoneSize;
        }

        private DmesgZoneKind ReadHeader(int zone)
        {
            _device.Read(ZoneAddress(zone), _headerBytes, 0, DmesgHeader.Size);
            _header.Parse(_headerBytes, 0);
            return _header.Classify(_zoneSize);
        }

        // Writes the read-side line into _line; 0 for compressed records, which Linux shows bare.
        private int TotalLineLength(PstoreRecord record)
        {
            return record.Compressed ? 0 : DmesgText.WriteTotalLine(_line, (int)record.Reason, record.Counter);
        }

        // True if the record's zone still holds exactly that record (not erased, not overwritten since listed).
        private bool StillHolds(PstoreRecord record)
        {
            if (record == null || record.Type != RecordType.Dmesg || record.Id < 0 || record.Id >= _zoneCount)
            {
                return false;
            }

            return ReadHeader(record.Id) == DmesgZoneKind.Record &&
                _header.Counter == record.Counter &&
                _header.Reason == (int)record.Reason &&
                _header.Seconds == record.TimeSeconds &&
                _header.Nanoseconds == record.TimeNanoseconds &&
                _header.Compressed == record.Compressed &&
                _header.TextLength == record.StoredLength;
        }

        // On flash a zone is ready for a dump only if the clean-erase marker proves its last erase finished.
        private bool ZoneIsClean(int zone, byte[] page)
        {
            return CleanErase.IsClean(_device, ZoneAddress(zone), _zoneSize, page);
        }

        // Invalidates the zone's signature first, so an interrupted erase never leaves a record behind.
        private void EraseClean(int zone)
        {
            CleanErase.Erase(_device, ZoneAddress(zone), _zoneSize, _word);
        }
    }
}

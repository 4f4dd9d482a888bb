using System;
using PstoreNano.Devices;

namespace PstoreNano.Drivers.Sd
{
    /// <summary>
    /// A pstore partition on an SD card, as the zone engine sees it: a block device (no erase before program)
    /// of 512-byte sectors, addresses relative to the region. Writes that cover whole sectors go out as one
    /// multi-block write; a partial sector is read, modified and written through one reusable sector buffer,
    /// which also remembers the last sector it held so that consecutive small appends skip the read. An
    /// erase writes 0xFF. A sector the card cannot read (data error token) or that keeps failing its CRC
    /// reads as zeros, which no format accepts as a record: it holds no valid data, and mount goes on
    /// (<see cref="UnreadableSectors"/> counts them). The erase unit the engine sees, and so its pmsg segment
    /// size, is <see cref="SegmentSize"/> (4 KiB by default, see docs/FORMAT.md "SD cards"). On the panic path
    /// every card wait ends at the time budget.
    /// </summary>
    public sealed class SdZoneDevice : IZoneDevice, IDisposable
    {
        /// <summary>Backend name used in record names: Linux's name for a block device.</summary>
        public const string BackendName = "pstore_blk";

        /// <summary>Default pmsg segment (erase unit the engine sees): 8 sectors.</summary>
        public const int DefaultSegmentSize = 4096;

        /// <summary>Default time budget of a panic dump to SD, in milliseconds.</summary>
        public const int DefaultPanicBudgetMilliseconds = 500;

        private const int SectorSize = SpiSdCard.SectorSize;

        private readonly SpiSdCard _card;
        private readonly ITimeSource _time;
        private readonly long _first;
        private readonly int _size;
        private readonly int _segmentSize;
        private readonly byte[] _sector = new byte[SectorSize];
        private long _cached = -1;

        /// <summary>
        /// Creates the device over an initialised card on <paramref name="region"/>; its size is
        /// <paramref name="sizeBytes"/> (0: the whole region), a multiple of <paramref name="segmentSize"/>,
        /// itself a multiple of 512 bytes. The device owns the driver once created.
        /// </summary>
        public SdZoneDevice(SpiSdCard card, ITimeSource time, SdRegion region, int sizeBytes, int segmentSize)
        {
            if (card == null)
            {
                throw new ArgumentNullException(nameof(card));
            }

            if (time == null)
            {
                throw new ArgumentNullException(nameof(time));
            }

            if (region == null)
            {
                throw new ArgumentNullException(nameof(region));
            }

            if (segmentSize < SectorSize || segmentSize % SectorSize != 0)
            {
                throw new ArgumentOutOfRangeException(nameof(segmentSize), "SD segment size must be a multiple of 512 bytes, was " +
                    segmentSize + ".");
            }

            long regionBytes = region.SectorCount * SectorSize;
            long size = sizeBytes > 0 ? sizeBytes : (regionBytes < int.MaxValue ? regionBytes : int.MaxValue);
            size -= size % segmentSize;
            if (size <= 0 || size > regionBytes || sizeBytes % segmentSize != 0)
            {
                throw new ArgumentOutOfRangeException(nameof(sizeBytes), "pstore size " + sizeBytes + " must be a multiple of the " +
                    segmentSize + "-byte segment inside " + region.Source + " of " + regionBytes + " bytes.");
            }

            _card = card;
            _time = time;
            _first = region.FirstSector;
            _size = (int)size;
            _segmentSize = segmentSize;
            PanicBudgetMilliseconds = DefaultPanicBudgetMilliseconds;
        }

        /// <inheritdoc/>
        public string Name { get { return BackendName; } }

        /// <inheritdoc/>
        public int Size { get { return _size; } }

        /// <inheritdoc/>
        public int PageSize { get { return SectorSize; } }

        /// <inheritdoc/>
        public int EraseSize { get { return _segmentSize; } }

        /// <summary>The erase unit the engine sees: its pmsg segment and the granule of zone sizes.</summary>
        public int SegmentSize { get { return _segmentSize; } }

        /// <inheritdoc/>
        public bool EraseBeforeProgram { get { return false; } }

        /// <summary>The card driver.</summary>
        public SpiSdCard Card { get { return _card; } }

        /// <summary>Time a panic dump may spend on the card, from <see cref="PanicTakeOver"/> on.</summary>
        public int PanicBudgetMilliseconds { get; set; }

        /// <summary>Sectors read as "no valid data" because the card could not read them.</summary>
        public int UnreadableSectors { get; private set; }

        /// <inheritdoc/>
        public void Read(int address, byte[] buffer, int offset, int count)
        {
            CheckRange(address, count);
            while (count > 0)
            {
                int inSector = address % SectorSize;
                long sector = address / SectorSize;
                if (inSector == 0 && count >= SectorSize)
                {
                    int whole = count / SectorSize;
                    ReadWhole(sector, buffer, offset, whole);
                    address += whole * SectorSize;
                    offset += whole * SectorSize;
                    count -= whole * SectorSize;
                    continue;
                }

                int n = SectorSize - inSector < count ? SectorSize - inSector : count;
                LoadSector(sector);
                Array.Copy(_sector, inSector, buffer, offset, n);
                address += n;
                offset += n;
                count -= n;
            }
        }

        /// <inheritdoc/>
        public void Program(int address, byte[] buffer, int offset, int count)
        {
            CheckRange(address, count);
            while (count > 0)
            {
                int inSector = address % SectorSize;
                long sector = address / SectorSize;
                if (inSector == 0 && count >= SectorSize)
                {
                    int whole = count / SectorSize;
                    Write(sector, buffer, offset, whole, false);
                    address += whole * SectorSize;
                    offset += whole * SectorSize;
                    count -= whole * SectorSize;
                    continue;
                }

                int n = SectorSize - inSector < count ? SectorSize - inSector : count;
                LoadSector(sector);
                Array.Copy(buffer, offset, _sector, inSector, n);
                Write(sector, _sector, 0, 1, false);
                _cached = sector;
                address += n;
                offset += n;
                count -= n;
            }
        }

        /// <inheritdoc/>
        public void Erase(int address, int count)
        {
            CheckRange(address, count);
            if (address % SectorSize != 0 || count % SectorSize != 0)
            {
                throw new ArgumentException("SD erase 0x" + address.ToString("X") + "+" + count + " is not whole sectors",
                    nameof(address));
            }

            if (count == 0)
            {
                return;
            }

            for (int i = 0; i < SectorSize; i++)
            {
                _sector[i] = 0xFF;
            }

            long first = address / SectorSize;
            Write(first, _sector, 0, count / SectorSize, true);
            _cached = first;
        }

        /// <summary>
        /// Starts the panic path's time budget: every card wait from now on ends at
        /// <see cref="PanicBudgetMilliseconds"/>, so a card that stalls (garbage collection, a busy that never
        /// ends) costs the dump, never the reboot. A card another thread left mid-command is re-initialised.
        /// </summary>
        public void PanicTakeOver()
        {
            _card.DeadlineMicroseconds = _time.NowMicroseconds + (long)PanicBudgetMilliseconds * 1000;
            _cached = -1;
            try
            {
                _card.CheckStatus("panic take-over", -1);
            }
            catch (SdCardException)
            {
                _card.Init();
            }
        }

        /// <summary>Releases the driver.</summary>
        public void Dispose()
        {
            _card.Dispose();
        }

        private void ReadWhole(long sector, byte[] buffer, int offset, int count)
        {
            try
            {
                _card.ReadSectors(_first + sector, buffer, offset, count);
                return;
            }
            catch (SdCardException e)
            {
                if (!Damaged(e))
                {
                    throw;
                }
            }

            // One sector at a time, so only the damaged ones read as no data.
            for (int i = 0; i < count; i++)
            {
                if (!TryRead(sector + i, buffer, offset + i * SectorSize))
                {
                    Array.Clear(buffer, offset + i * SectorSize, SectorSize);
                    UnreadableSectors++;
                }
            }
        }

        private void LoadSector(long sector)
        {
            if (_cached == sector)
            {
                return;
            }

            _cached = -1;
            if (!TryRead(sector, _sector, 0))
            {
                Array.Clear(_sector, 0, SectorSize);
                UnreadableSectors++;
            }

            _cached = sector;
        }

        // False for a sector the card reports unreadable or whose CRC fails twice; other failures throw.
        private bool TryRead(long sector, byte[] buffer, int offset)
        {
            for (int attempt = 0; attempt < 2; attempt++)
            {
                try
                {
                    _card.ReadSectors(_first + sector, buffer, offset, 1);
                    return true;
                }
                catch (SdCardException e)
                {
                    if (!Damaged(e))
                    {
                        throw;
                    }

                    if (e.Unreadable)
                    {
                        return false;
                    }
                }
            }

            return false;
        }

        private static bool Damaged(SdCardException e)
        {
            return e.Unreadable || e.BadCrc;
        }

        private void Write(long sector, byte[] buffer, int offset, int count, bool fill)
        {
            _cached = -1;
            if (fill)
            {
                _card.FillSectors(_first + sector, buffer, offset, count);
            }
            else
            {
                _card.WriteSectors(_first + sector, buffer, offset, count);
            }
        }

        private void CheckRange(int address, int count)
        {
            if (address < 0 || count < 0 || address > _size - count)
            {
                throw new ArgumentOutOfRangeException(nameof(address), "SD partition access 0x" + address.ToString("X") + "+" +
                    count + " outside the " + _size + "-byte partition.");
            }
        }
    }
}

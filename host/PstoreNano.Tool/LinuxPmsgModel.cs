using System;
using PstoreNano.Devices;
using PstoreNano.Zones;

namespace PstoreNano.Tool
{
    /// <summary>
    /// Linux pstore/zone's pmsg algorithm as a cost model on the same zone device: the whole zone lives in a
    /// RAM mirror (Linux kzallocs it), each record copies its bytes into the mirror at the ring position,
    /// programs them there, then rewrites the 12-byte psz_buffer header (sig, datalen, start) at zone offset 0.
    /// NOR cannot rewrite in place: programming over bytes that are not erased is counted as what it costs on
    /// NOR, an erase of the 4 KiB sector and a re-program of its non-erased pages from the mirror. So every
    /// header update is a sector erase plus a sector program, and after the ring wraps every data write too.
    /// </summary>
    public sealed class LinuxPmsgModel
    {
        private const int HeaderSize = 12;
        private const uint PmsgSignature = 0x43474244 ^ 7;

        private readonly IZoneDevice _device;
        private readonly int _zoneSize;
        private readonly int _sector;
        private readonly int _page;
        private readonly byte[] _mirror;
        private readonly bool[] _programmed;
        private int _start;
        private int _datalen;

        /// <summary>Binds the model to an erased zone [0, <paramref name="zoneSize"/>) of <paramref name="device"/>.</summary>
        public LinuxPmsgModel(IZoneDevice device, int zoneSize)
        {
            _device = device;
            _zoneSize = zoneSize;
            _sector = device.EraseSize;
            _page = device.PageSize;
            _mirror = new byte[zoneSize];
            _programmed = new bool[zoneSize];
            _mirror.AsSpan().Fill(0xFF);
        }

        /// <summary>RAM Linux holds for the zone: its mirror.</summary>
        public int RamBytes { get { return _mirror.Length; } }

        /// <summary>One pmsg record: the data at the ring position, then the header at zone offset 0.</summary>
        public void Write(byte[] data, int offset, int count)
        {
            int capacity = _zoneSize - HeaderSize;
            while (count > 0)
            {
                int n = Math.Min(count, capacity - _start);
                Array.Copy(data, offset, _mirror, HeaderSize + _start, n);
                Store(HeaderSize + _start, n);
                _start = (_start + n) % capacity;
                _datalen = Math.Min(_datalen + n, capacity);
                offset += n;
                count -= n;
            }

            LittleEndian.WriteUInt32(_mirror, 0, PmsgSignature);
            LittleEndian.WriteInt32(_mirror, 4, _datalen);
            LittleEndian.WriteInt32(_mirror, 8, _start);
            Store(0, HeaderSize);
        }

        // Puts mirror bytes [at, at + count) on flash: a plain program where the flash is erased, else an
        // erase of each sector touched and a re-program of that sector's non-erased pages.
        private void Store(int at, int count)
        {
            int end = at + count;
            for (int sector = at / _sector * _sector; sector < end; sector += _sector)
            {
                int from = Math.Max(at, sector);
                int to = Math.Min(end, sector + _sector);
                if (!AnyProgrammed(from, to))
                {
                    _device.Program(from, _mirror, from, to - from);
                    Array.Fill(_programmed, true, from, to - from);
                    continue;
                }

                _device.Erase(sector, _sector);
                Array.Fill(_programmed, false, sector, _sector);
                for (int page = sector; page < sector + _sector; page += _page)
                {
                    if (_mirror.AsSpan(page, _page).IndexOfAnyExcept((byte)0xFF) >= 0)
                    {
                        _device.Program(page, _mirror, page, _page);
                        Array.Fill(_programmed, true, page, _page);
                    }
                }
            }
        }

        private bool AnyProgrammed(int from, int to)
        {
            return _programmed.AsSpan(from, to - from).IndexOf(true) >= 0;
        }
    }
}

using System;
using PstoreNano.Devices;
using PstoreNano.Text;

namespace PstoreNano.Zones
{
    /// <summary>
    /// Streams bytes and strings to the device through one page-sized buffer: each full page goes out
    /// as one program, never spanning two pages, and nothing past the end address is ever programmed.
    /// Allocates nothing after construction (the crash dump path runs on it).
    /// </summary>
    internal sealed class ZonePageWriter
    {
        private readonly IZoneDevice _device;
        private readonly byte[] _page;
        private readonly byte[] _character = new byte[4];
        private int _address; // device address of _page[0]
        private int _filled;  // bytes waiting in _page
        private int _end;     // first device address not to program

        /// <summary>Creates the writer and its page buffer.</summary>
        public ZonePageWriter(IZoneDevice device)
        {
            _device = device;
            _page = new byte[device.PageSize];
        }

        /// <summary>The page buffer, free for page reads while no stream is open.</summary>
        public byte[] Page { get { return _page; } }

        /// <summary>Device address of the next byte.</summary>
        public int Position { get { return _address + _filled; } }

        /// <summary>Starts a stream at <paramref name="address"/> that stops before <paramref name="end"/>.</summary>
        public void Begin(int address, int end)
        {
            _address = address;
            _filled = 0;
            _end = end;
        }

        /// <summary>Appends bytes; whatever would pass the end is dropped.</summary>
        public void Put(byte[] buffer, int offset, int count)
        {
            while (count > 0)
            {
                int n = Room();
                if (n <= 0)
                {
                    return;
                }

                if (n > count)
                {
                    n = count;
                }

                Array.Copy(buffer, offset, _page, _filled, n);
                offset += n;
                count -= n;
                Advance(n);
            }
        }

        /// <summary>Appends the UTF-8 bytes of <paramref name="text"/> (null writes nothing).</summary>
        public void Put(string text)
        {
            if (text == null)
            {
                return;
            }

            int charIndex = 0;
            while (charIndex < text.Length)
            {
                int room = Room();
                if (room <= 0)
                {
                    return;
                }

                int n = Utf8.Encode(text, ref charIndex, _page, _filled, room);
                if (n > 0)
                {
                    Advance(n);
                    continue;
                }

                // The next character straddles the page boundary: encode it aside and split it.
                n = Utf8.Encode(text, ref charIndex, _character, 0, _character.Length);
                Put(_character, 0, n);
            }
        }

        /// <summary>Appends <paramref name="count"/> bytes of the kmsg ring from <paramref name="start"/>.</summary>
        public void Put(KmsgRing ring, long start, int count)
        {
            while (count > 0)
            {
                int n = Room();
                if (n <= 0)
                {
                    return;
                }

                if (n > count)
                {
                    n = count;
                }

                ring.CopyOut(start, n, _page, _filled);
                start += n;
                count -= n;
                Advance(n);
            }
        }

        /// <summary>Programs what is still buffered.</summary>
        public void Flush()
        {
            if (_filled > 0)
            {
                _device.Program(_address, _page, 0, _filled);
                _address += _filled;
                _filled = 0;
            }
        }

        private int Room()
        {
            int position = _address + _filled;
            int pageEnd = _address - _address % _page.Length + _page.Length;
            int limit = pageEnd < _end ? pageEnd : _end;
            return limit - position;
        }

        private void Advance(int count)
        {
            _filled += count;
            int pageEnd = _address - _address % _page.Length + _page.Length;
            if (_address + _filled == pageEnd)
            {
                Flush();
            }
        }
    }
}

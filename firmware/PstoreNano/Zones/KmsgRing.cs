using System;
using PstoreNano.Engine;
using PstoreNano.Text;

namespace PstoreNano.Zones
{
    /// <summary>
    /// The RAM ring of recent log lines that a crash dump copies (our "kmsg"). Fixed capacity,
    /// allocated once; appends never allocate; the oldest bytes are overwritten. Positions are
    /// absolute byte counts since creation, so a position taken under the lock stays meaningful
    /// (or harmlessly stale) afterwards.
    /// </summary>
    internal sealed class KmsgRing
    {
        private const int EncodePiece = 64;
        private static readonly byte[] Newline = new byte[] { (byte)'\n' };
        private static readonly object NewlineValue = (byte)'\n';

        private readonly byte[] _ring;
        private readonly byte[] _encodeBuffer = new byte[EncodePiece];
        private readonly EngineLock _lock = new EngineLock();
        private long _written;   // bytes ever appended: the position of the next byte
        private long _lineStart; // a position known to start a line (creation or last Clear)

        /// <summary>Creates a ring of <paramref name="capacity"/> bytes (0 keeps nothing).</summary>
        public KmsgRing(int capacity)
        {
            if (capacity < 0)
            {
                throw new ArgumentOutOfRangeException("capacity", "the kmsg ring capacity must not be negative, found " + capacity);
            }

            _ring = new byte[capacity];
        }

        /// <summary>Capacity in bytes.</summary>
        public int Capacity { get { return _ring.Length; } }

        /// <summary>Bytes held now (at most Capacity).</summary>
        public int Length { get { return (int)(_written - Oldest); } }

        /// <summary>Position just after the newest byte (bytes appended since creation).</summary>
        public long End { get { return _written; } }

        private long Oldest
        {
            get
            {
                long dropped = _written - _ring.Length;
                return dropped > _lineStart ? dropped : _lineStart;
            }
        }

        /// <summary>Appends raw bytes (callers end lines with '\n').</summary>
        public void Append(byte[] buffer, int offset, int count)
        {
            Arguments.CheckBuffer(buffer, offset, count);

            _lock.Enter();
            try
            {
                AppendLocked(buffer, offset, count);
            }
            finally
            {
                _lock.Exit();
            }
        }

        /// <summary>Appends one line as UTF-8 followed by '\n', without allocating (null counts as empty).</summary>
        public void AppendLine(string line)
        {
            _lock.Enter();
            try
            {
                if (line != null)
                {
                    int charIndex = 0;
                    while (charIndex < line.Length)
                    {
                        int n = Utf8.Encode(line, ref charIndex, _encodeBuffer, 0, EncodePiece);
                        AppendLocked(_encodeBuffer, 0, n);
                    }
                }

                AppendLocked(Newline, 0, 1);
            }
            finally
            {
                _lock.Exit();
            }
        }

        /// <summary>Forgets everything.</summary>
        public void Clear()
        {
            _lock.Enter();
            _lineStart = _written;
            _lock.Exit();
        }

        /// <summary>
        /// Takes the ring's lock, waiting about <paramref name="milliseconds"/> ms at most; returns false if
        /// an appender still holds it (the crash dump then reads anyway: every copy stays inside the ring).
        /// </summary>
        public bool TryEnter(int milliseconds)
        {
            return _lock.TryEnter(milliseconds);
        }

        /// <summary>Releases the lock taken by a successful <see cref="TryEnter"/>.</summary>
        public void Exit()
        {
            _lock.Exit();
        }

        /// <summary>
        /// Finds the newest whole lines that fit in <paramref name="maxBytes"/>: they start at the first
        /// line start at or after End - maxBytes. Returns their length (0 if not even one line fits) and
        /// their first position in <paramref name="start"/>. The newest line counts even without its '\n'.
        /// </summary>
        public int FindNewestLines(int maxBytes, out long start)
        {
            long end = _written;
            long oldest = Oldest;
            start = end;
            if (maxBytes <= 0 || end == oldest)
            {
                return 0;
            }

            long from = end - maxBytes;
            if (from < oldest)
            {
                from = oldest;
            }

            if (from != _lineStart && !(from > oldest && ByteAt(from - 1) == '\n'))
            {
                long newline = IndexOfNewline(from, end);
                if (newline < 0)
                {
                    return 0;
                }

                from = newline + 1;
            }

            start = from;
            return (int)(end - from);
        }

        /// <summary>
        /// Copies <paramref name="count"/> bytes from ring position <paramref name="start"/> into
        /// <paramref name="buffer"/> (one Array.Copy per side of the wrap: two for a count up to Capacity).
        /// Bytes overwritten since the position was found come out as whatever the ring holds now.
        /// </summary>
        public void CopyOut(long start, int count, byte[] buffer, int offset)
        {
            int capacity = _ring.Length;
            if (capacity == 0)
            {
                return;
            }

            int at = (int)(start % capacity);
            if (at < 0)
            {
                at += capacity;
            }

            while (count > 0)
            {
                int piece = capacity - at < count ? capacity - at : count;
                Array.Copy(_ring, at, buffer, offset, piece);
                offset += piece;
                count -= piece;
                at = 0;
            }
        }

        private void AppendLocked(byte[] buffer, int offset, int count)
        {
            int capacity = _ring.Length;
            if (capacity == 0 || count == 0)
            {
                _written += count;
                return;
            }

            if (count > capacity)
            {
                // Only the last capacity bytes can survive.
                _written += count - capacity;
                offset += count - capacity;
                count = capacity;
            }

            int at = (int)(_written % capacity);
            int first = capacity - at < count ? capacity - at : count;
            Array.Copy(buffer, offset, _ring, at, first);
            if (first < count)
            {
                Array.Copy(buffer, offset + first, _ring, 0, count - first);
            }

            _written += count;
        }

        private byte ByteAt(long position)
        {
            return _ring[(int)(position % _ring.Length)];
        }

        private long IndexOfNewline(long from, long end)
        {
            int capacity = _ring.Length;
            while (from < end)
            {
                int at = (int)(from % capacity);
                int run = capacity - at;
                if (run > end - from)
                {
                    run = (int)(end - from);
                }

                int found = Array.IndexOf(_ring, NewlineValue, at, run);
                if (found >= 0)
                {
                    return from + (found - at);
                }

                from += run;
            }

            return -1;
        }
    }
}

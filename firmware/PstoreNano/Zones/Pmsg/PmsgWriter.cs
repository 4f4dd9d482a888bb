using System;

namespace PstoreNano.Zones.Pmsg
{
    /// <summary>
    /// Appends writes to the pmsg ring as chunks. Allocates nothing: the chunk header and the start
    /// of the payload up to the next page boundary go out in one program from a preallocated page
    /// buffer, the rest of the payload straight from the caller's buffer. Opening a segment erases the
    /// segment after it (outside the panic path), so the panic path always finds a clean segment ready
    /// and never erases; the new segment's header goes out in the same program as its first chunk, so a
    /// write that opens a segment still costs at most one page program beyond its payload's pages.
    /// </summary>
    internal sealed class PmsgWriter
    {
        private readonly PmsgRingState _ring;
        private readonly byte[] _page;
        private readonly byte[] _segmentHeader = new byte[PmsgFormat.SegmentHeaderSize];
        private readonly byte[] _trimPayload = new byte[PmsgFormat.TrimPayloadSize];

        // True between opening a segment and programming its first chunk, which carries the header.
        private bool _headerPending;

        /// <summary>Creates the writer and its buffers.</summary>
        public PmsgWriter(PmsgRingState ring)
        {
            _ring = ring;
            // A chunk header that straddles a page boundary is sent with the payload up to the next one;
            // a segment's first chunk is sent with the segment header, from the segment's first byte.
            _page = new byte[ring.Device.PageSize + PmsgFormat.ChunkHeaderSize];
        }

        /// <summary>
        /// Largest write kept whole outside the panic path: (segments - 1) x (segment size - 28 - 16).
        /// A write that does not fit the head plus (segments - 2) segments starts in a new segment, so
        /// it has segments - 1 segments to itself and never erases its own first chunk.
        /// </summary>
        public int MaxWriteSize
        {
            get { return (_ring.SegmentCount - 1) * _ring.SegmentCapacity; }
        }

        /// <summary>Appends a write; returns the bytes kept (the last ones if it is too large).</summary>
        public int Write(byte[] buffer, int offset, int count, bool panic)
        {
            PmsgRingState ring = _ring;
            int kept = count < MaxWriteSize ? count : MaxWriteSize;
            if (panic)
            {
                // No erase: the head's room plus the one segment the erase-ahead rule keeps ready.
                int room = ring.HeadRoom() + (ring.AheadErased ? ring.SegmentCapacity : 0);
                kept = kept < room ? kept : room;
            }
            else if (kept > ring.HeadRoom() + (ring.SegmentCount - 2) * ring.SegmentCapacity)
            {
                OpenSegment(false);
            }

            if (kept <= 0)
            {
                return 0;
            }

            int at = offset + count - kept;
            int left = kept;
            byte flags = PmsgFormat.FlagFirst;
            while (left > 0)
            {
                if (ring.HeadRoom() == 0)
                {
                    OpenSegment(panic);
                }

                int room = ring.HeadRoom();
                int n = left < room ? left : room;
                if (n == left)
                {
                    flags |= PmsgFormat.FlagLast;
                }

                ProgramChunk(buffer, at, n, flags);
                at += n;
                left -= n;
                flags = 0;
            }

            return kept;
        }

        /// <summary>
        /// Appends a trim marker: chunks before <paramref name="trim"/> are deleted (no erase). A trim past the
        /// next chunk sequence (chunks of a damaged ring run ahead of the head) moves the sequence up to it
        /// first, in a new segment whose header records the jump: later writes must not fall under the trim,
        /// and sequences within a segment stay consecutive.
        /// </summary>
        public void AppendTrim(uint trim)
        {
            PmsgRingState ring = _ring;
            if (PmsgFormat.IsAfter(trim, ring.NextChunk))
            {
                ring.NextChunk = trim;
                OpenSegment(false);
            }
            else if (ring.HeadRoom() < PmsgFormat.TrimPayloadSize)
            {
                OpenSegment(false);
            }

            LittleEndian.WriteUInt32(_trimPayload, 0, trim);
            ProgramChunk(_trimPayload, 0, PmsgFormat.TrimPayloadSize, PmsgFormat.KnownFlags);
            ring.Trim = trim;
            ring.Generation++;
        }

        // Programs header + payload head in one program (with the segment header in front when the chunk is
        // its segment's first), then the payload's rest from the caller's buffer.
        private void ProgramChunk(byte[] buffer, int offset, int length, byte flags)
        {
            PmsgRingState ring = _ring;
            byte[] page = _page;
            int address = ring.SegmentAddress(ring.Head) + ring.Append;
            int lead = 0;
            if (_headerPending)
            {
                Array.Copy(_segmentHeader, 0, page, 0, PmsgFormat.SegmentHeaderSize);
                lead = PmsgFormat.SegmentHeaderSize;
            }

            PmsgChunkHeader.EncodeFields(page, lead, length, flags, ring.NextChunk, ring.Boot);
            uint crc = Crc32.Update(Crc32.Initial, page, lead, 12);
            crc = Crc32.Update(crc, buffer, offset, length);
            LittleEndian.WriteUInt32(page, lead + 12, Crc32.Finish(crc));

            int start = address - lead;
            int pageSize = ring.Device.PageSize;
            int toBoundary = pageSize - start % pageSize;
            if (toBoundary < lead + PmsgFormat.ChunkHeaderSize)
            {
                toBoundary += pageSize;
            }

            int first = toBoundary - lead - PmsgFormat.ChunkHeaderSize;
            if (first > length)
            {
                first = length;
            }

            int head = lead + PmsgFormat.ChunkHeaderSize;
            Array.Copy(buffer, offset, page, head, first);
            ring.Device.Program(start, page, 0, head + first);
            _headerPending = false;
            if (length > first)
            {
                ring.Device.Program(address + PmsgFormat.ChunkHeaderSize + first, buffer, offset + first, length - first);
            }

            ring.Append += PmsgFormat.ChunkHeaderSize + length;
            ring.NextChunk++;
        }

        // Opens the segment after the head. Caller guarantees that on the panic path it is erased.
        private void OpenSegment(bool panic)
        {
            PmsgRingState ring = _ring;
            int next = ring.Wrap(ring.Head + 1);
            if (!ring.AheadErased)
            {
                EraseSegment(next);
            }

            // The header is programmed with the segment's first chunk (ProgramChunk), after the erase-ahead
            // below: a cut before then leaves this segment clean and the old head the newest.
            PmsgSegmentHeader.Encode(_segmentHeader, ring.NextSegment, ring.Boot, ring.Trim, ring.NextChunk, ring.Layout);
            _headerPending = true;
            ring.Head = next;
            ring.Live++;
            ring.Append = PmsgFormat.SegmentHeaderSize;
            ring.NextSegment++;
            ring.Generation++;
            ring.AheadErased = false;
            if (!panic)
            {
                EraseSegment(ring.Wrap(next + 1));
                ring.AheadErased = true;
            }
        }

        private void EraseSegment(int segment)
        {
            PmsgRingState ring = _ring;
            if (ring.Live == ring.SegmentCount)
            {
                // The chain fills the ring: the segment after the head is the tail.
                ring.Live--;
            }

            ring.Generation++;
            CleanErase.Erase(ring.Device, ring.SegmentAddress(segment), ring.SegmentSize, ring.Word);
        }
    }
}

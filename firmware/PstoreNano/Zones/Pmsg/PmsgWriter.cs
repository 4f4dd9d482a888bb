using System;

namespace PstoreNano.Zones.Pmsg
{
    /// <summary>
    /// Appends writes to the pmsg ring as chunks. Allocates nothing: the chunk header and the start
    /// of the payload up to the next page boundary go out in one program from a preallocated page
    /// buffer, the rest of the payload straight from the caller's buffer. Opening a segment programs
    /// its header, then (outside the panic path) erases the segment after it, so the panic path
    /// always finds an erased segment ready and never erases.
    /// </summary>
    internal sealed class PmsgWriter
    {
        private readonly PmsgRingState _ring;
        private readonly byte[] _page;
        private readonly byte[] _segmentHeader = new byte[PmsgFormat.SegmentHeaderSize];
        private readonly byte[] _trimPayload = new byte[PmsgFormat.TrimPayloadSize];

        /// <summary>Creates the writer and its buffers.</summary>
        public PmsgWriter(PmsgRingState ring)
        {
            _ring = ring;
            // A chunk header that straddles a page boundary is sent with the payload up to the next one.
            _page = new byte[ring.Device.PageSize + PmsgFormat.ChunkHeaderSize];
        }

        /// <summary>
        /// Largest write kept whole outside the panic path: (segments - 1) x (segment size - 4 - 28 - 16).
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

        /// <summary>Appends a trim marker: chunks before <paramref name="trim"/> are deleted (no erase).</summary>
        public void AppendTrim(uint trim)
        {
            PmsgRingState ring = _ring;
            if (ring.HeadRoom() < PmsgFormat.TrimPayloadSize)
            {
                OpenSegment(false);
            }

            LittleEndian.WriteUInt32(_trimPayload, 0, trim);
            ProgramChunk(_trimPayload, 0, PmsgFormat.TrimPayloadSize, PmsgFormat.KnownFlags);
            ring.Trim = trim;
            ring.Generation++;
        }

        // Programs header + payload head in one program, then the payload's rest from the caller's buffer.
        private void ProgramChunk(byte[] buffer, int offset, int length, byte flags)
        {
            PmsgRingState ring = _ring;
            byte[] page = _page;
            int address = ring.SegmentAddress(ring.Head) + ring.Append;
            PmsgChunkHeader.EncodeFields(page, length, flags, ring.NextChunk, ring.Boot);
            uint crc = Crc32.Update(Crc32.Initial, page, 0, 12);
            crc = Crc32.Update(crc, buffer, offset, length);
            LittleEndian.WriteUInt32(page, 12, Crc32.Finish(crc));

            int pageSize = ring.Device.PageSize;
            int toBoundary = pageSize - address % pageSize;
            if (toBoundary < PmsgFormat.ChunkHeaderSize)
            {
                toBoundary += pageSize;
            }

            int first = toBoundary - PmsgFormat.ChunkHeaderSize;
            if (first > length)
            {
                first = length;
            }

            Array.Copy(buffer, offset, page, PmsgFormat.ChunkHeaderSize, first);
            ring.Device.Program(address, page, 0, PmsgFormat.ChunkHeaderSize + first);
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

            PmsgSegmentHeader.Encode(_segmentHeader, ring.NextSegment, ring.Boot, ring.Trim, ring.NextChunk);
            ring.Device.Program(ring.SegmentAddress(next), _segmentHeader, 0, PmsgFormat.SegmentHeaderSize);
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

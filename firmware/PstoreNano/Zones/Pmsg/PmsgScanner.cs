using PstoreNano.Records;

namespace PstoreNano.Zones.Pmsg
{
    /// <summary>
    /// Mount-time recovery of the pmsg ring. Reads every segment header (cost proportional to the
    /// segment count), takes the valid header with the newest sequence as the head, walks back over
    /// consecutive sequences to the tail, scans only the head's chunks (CRC-checked) for the append
    /// position, and restores the erase-ahead rule. Damage is counted in the report, never thrown.
    /// </summary>
    internal static class PmsgScanner
    {
        /// <summary>
        /// Recovers <paramref name="ring"/>'s state from flash. Returns false, having written nothing, when a
        /// segment header carries another layout word than the ring's (the report then says which).
        /// </summary>
        public static bool Mount(PmsgRingState ring, MountReport report)
        {
            int head = FindHead(ring, report);
            if (report.LayoutMismatch)
            {
                return false;
            }

            uint newestBoot = 0;
            bool found = head >= 0;
            if (!found)
            {
                // Empty ring: the first write opens segment 0.
                ring.Head = ring.SegmentCount - 1;
                ring.Live = 0;
                ring.Append = ring.SegmentSize;
                ring.NextChunk = 0;
                ring.NextSegment = 0;
                ring.Trim = 0;
            }
            else
            {
                ring.ReadSegmentHeader(head);
                report.BytesRead += PmsgFormat.SegmentHeaderSize;
                ring.Head = head;
                ring.NextSegment = ring.Segment.Sequence + 1;
                ring.Trim = ring.Segment.Trim;
                ring.NextChunk = ring.Segment.FirstChunk;
                newestBoot = ring.Segment.BootNumber;
                ring.Live = ChainLength(ring, report, head, ring.Segment.Sequence);
                newestBoot = ScanHead(ring, report, newestBoot);
            }

            if (PmsgFormat.IsAfter(ring.Trim, ring.NextChunk))
            {
                // A trim is never ahead of the chunks written: this one is garbage with a valid CRC.
                report.PmsgCorruptChunks++;
                ring.Trim = ring.NextChunk;
            }

            ring.Boot = found ? newestBoot + 1 : 0;
            RestoreEraseAhead(ring, report);
            ring.Generation++;
            ring.Mounted = true;
            report.BootNumber = ring.Boot;
            return true;
        }

        private static int FindHead(PmsgRingState ring, MountReport report)
        {
            int head = -1;
            uint headSequence = 0;
            for (int s = 0; s < ring.SegmentCount; s++)
            {
                report.BytesRead += PmsgFormat.SegmentHeaderSize;
                if (ring.ReadSegmentHeader(s))
                {
                    if (LayoutGuard.IsOtherLayout(ring.Layout, ring.Segment.Layout, report))
                    {
                        return -1;
                    }

                    report.PmsgSegments++;
                    if (head < 0 || PmsgFormat.IsAfter(ring.Segment.Sequence, headSequence))
                    {
                        head = s;
                        headSequence = ring.Segment.Sequence;
                    }
                }
                else if (s == 0 && LayoutGuard.IsDmesgHeader(ring.SegmentBuffer, report))
                {
                    return -1;
                }
                else if (!PmsgRingState.AllErased(ring.SegmentBuffer, 0, PmsgFormat.SegmentHeaderSize) &&
                         !(CleanErase.IsMarker(ring.SegmentBuffer, 0) &&
                           PmsgRingState.AllErased(ring.SegmentBuffer, CleanErase.MarkerSize, PmsgFormat.SegmentHeaderSize - CleanErase.MarkerSize)))
                {
                    report.PmsgCorruptChunks++;
                }
            }

            return head;
        }

        // Segments tail..head whose sequences are consecutive; at most the whole ring.
        private static int ChainLength(PmsgRingState ring, MountReport report, int head, uint headSequence)
        {
            int live = 1;
            uint sequence = headSequence;
            while (live < ring.SegmentCount)
            {
                int previous = ring.Wrap(head - live);
                report.BytesRead += PmsgFormat.SegmentHeaderSize;
                if (!ring.ReadSegmentHeader(previous) || ring.Segment.Sequence != sequence - 1)
                {
                    break;
                }

                sequence--;
                live++;
            }

            return live;
        }

        // Finds the append position: valid chunks, then erased bytes to the segment's end. Anything
        // else (a torn chunk, garbage) abandons the head: the next write opens a new segment.
        private static uint ScanHead(PmsgRingState ring, MountReport report, uint newestBoot)
        {
            PmsgChunkHeader chunk = ring.Chunk;
            int segmentAddress = ring.SegmentAddress(ring.Head);
            int offset = PmsgFormat.SegmentHeaderSize;
            uint expected = ring.NextChunk;
            bool abandoned = false;
            byte[] h = ring.ChunkBuffer;
            while (offset + PmsgFormat.ChunkHeaderSize <= ring.SegmentSize)
            {
                int address = segmentAddress + offset;
                ring.Device.Read(address, h, 0, PmsgFormat.ChunkHeaderSize);
                report.BytesRead += PmsgFormat.ChunkHeaderSize;
                if (PmsgRingState.AllErased(h, 0, PmsgFormat.ChunkHeaderSize))
                {
                    int rest = ring.SegmentSize - offset - PmsgFormat.ChunkHeaderSize;
                    report.BytesRead += rest;
                    abandoned = !ring.IsErased(address + PmsgFormat.ChunkHeaderSize, rest);
                    break;
                }

                int maxLength = ring.SegmentSize - offset - PmsgFormat.ChunkHeaderSize;
                int payload = address + PmsgFormat.ChunkHeaderSize;
                if (!chunk.Decode(h, maxLength) || chunk.Sequence != expected || !ring.ChunkCrcMatches(chunk, payload))
                {
                    abandoned = true;
                    break;
                }

                report.BytesRead += chunk.Length;
                if (PmsgFormat.IsAfter(chunk.BootNumber, newestBoot))
                {
                    newestBoot = chunk.BootNumber;
                }

                if (chunk.IsTrim)
                {
                    uint trim = LittleEndian.ReadUInt32(ring.Scratch, 0);
                    if (PmsgFormat.IsAfter(trim, ring.Trim))
                    {
                        ring.Trim = trim;
                    }
                }

                expected++;
                offset += PmsgFormat.ChunkHeaderSize + chunk.Length;
            }

            if (abandoned)
            {
                report.PmsgCorruptChunks++;
                offset = ring.SegmentSize;
            }

            ring.Append = offset;
            ring.NextChunk = expected;
            return newestBoot;
        }

        // The segment after the head must be erased before any write (the panic path never erases), and
        // only the clean-erase marker proves an erase finished: an interrupted one can read 0xFF now and
        // not later. When the chain fills the ring, that segment is the tail: erasing it drops the oldest
        // data, which the next segment switch would drop anyway.
        private static void RestoreEraseAhead(PmsgRingState ring, MountReport report)
        {
            int ahead = ring.Wrap(ring.Head + 1);
            int address = ring.SegmentAddress(ahead);
            report.BytesRead += ring.SegmentSize;
            if (ring.Live < ring.SegmentCount && CleanErase.IsClean(ring.Device, address, ring.SegmentSize, ring.Scratch))
            {
                ring.AheadErased = true;
                return;
            }

            CleanErase.Erase(ring.Device, address, ring.SegmentSize, ring.Word);
            report.ErasesAtMount++;
            if (ring.Live == ring.SegmentCount)
            {
                ring.Live--;
            }

            ring.AheadErased = true;
        }
    }
}

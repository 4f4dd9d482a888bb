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

            head = DropOutlierHeads(ring, report, head);

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
                uint headFirst = ring.NextChunk;
                ring.Live = ChainLength(ring, report, head, ring.Segment.Sequence);
                if (PmsgFormat.IsAfter(ring.Trim, headFirst))
                {
                    // A segment opens with the trim carried so far, never past its own first chunk: this one is
                    // garbage with a valid CRC. Taking it (or clamping it) would delete every later write too.
                    report.PmsgCorruptChunks++;
                    ring.Trim = FallbackTrim(ring, report, head);
                }

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
                         // A fresh SD card reads zeros, not 0xFF: blank, not damage (it is erased before use).
                         !PmsgRingState.AllEqual(ring.SegmentBuffer, 0, PmsgFormat.SegmentHeaderSize, 0x00) &&
                         !(CleanErase.IsMarker(ring.SegmentBuffer, 0) &&
                           PmsgRingState.AllErased(ring.SegmentBuffer, CleanErase.MarkerSize, PmsgFormat.SegmentHeaderSize - CleanErase.MarkerSize)))
                {
                    report.PmsgCorruptChunks++;
                }
            }

            return head;
        }

        // The trim the segment before the head carried, if it is sound; else the tail's first chunk (nothing
        // trimmed): a damaged head header may bring back writes erased since, never delete live ones.
        private static uint FallbackTrim(PmsgRingState ring, MountReport report, int head)
        {
            int tail = ring.Wrap(head - ring.Live + 1);
            int previous = ring.Wrap(head - 1);
            report.BytesRead += PmsgFormat.SegmentHeaderSize;
            if (ring.Live > 1 && ring.ReadSegmentHeader(previous) && !PmsgFormat.IsAfter(ring.Segment.Trim, ring.Segment.FirstChunk))
            {
                return ring.Segment.Trim;
            }

            report.BytesRead += PmsgFormat.SegmentHeaderSize;
            return ring.ReadSegmentHeader(tail) ? ring.Segment.FirstChunk : 0;
        }

        // Every genuine segment header lies within one ring's worth of sequences of the head: the writer
        // reuses segments in order, erasing each before it opens. A header with none of the others within
        // that window (one field changed, CRC valid) must not be taken for the head: serial comparison with
        // a sequence half the number space away is not transitive and would pick it, hiding the real chain.
        private static int DropOutlierHeads(PmsgRingState ring, MountReport report, int head)
        {
            for (int dropped = 0; head >= 0 && dropped < ring.Outliers.Length; dropped++)
            {
                ring.ReadSegmentHeader(head);
                report.BytesRead += PmsgFormat.SegmentHeaderSize;
                uint sequence = ring.Segment.Sequence;
                if (report.PmsgSegments < 2 || ring.SegmentCount < 3 || HasNeighbour(ring, report, head, sequence))
                {
                    return head;
                }

                ring.Outliers[dropped] = head;
                report.PmsgCorruptChunks++;
                head = Newest(ring, report, dropped + 1);
            }

            return head;
        }

        // A valid header within two rings' worth of sequences of the head; the segment before the head
        // (normally sequence - 1) is tried first, so a sound ring costs one read. The segment after the head
        // is no witness: mount erases it next, and the following mount must come to the same head.
        private static bool HasNeighbour(PmsgRingState ring, MountReport report, int head, uint sequence)
        {
            int window = 2 * ring.SegmentCount;
            int previous = ring.Wrap(head - 1);
            int ahead = ring.Wrap(head + 1);
            report.BytesRead += PmsgFormat.SegmentHeaderSize;
            if (previous != ahead && ring.ReadSegmentHeader(previous) && Near(sequence, ring.Segment.Sequence, window))
            {
                return true;
            }

            for (int s = 0; s < ring.SegmentCount; s++)
            {
                if (s == head || s == previous || s == ahead)
                {
                    continue;
                }

                report.BytesRead += PmsgFormat.SegmentHeaderSize;
                if (ring.ReadSegmentHeader(s) && Near(sequence, ring.Segment.Sequence, window))
                {
                    return true;
                }
            }

            return false;
        }

        private static bool Near(uint a, uint b, int window)
        {
            uint distance = PmsgFormat.IsAfter(a, b) ? a - b : b - a;
            return distance < (uint)window;
        }

        // The newest valid header, leaving out the first <paramref name="excluded"/> outliers.
        private static int Newest(PmsgRingState ring, MountReport report, int excluded)
        {
            int head = -1;
            uint headSequence = 0;
            for (int s = 0; s < ring.SegmentCount; s++)
            {
                if (IsOutlier(ring, s, excluded))
                {
                    continue;
                }

                report.BytesRead += PmsgFormat.SegmentHeaderSize;
                if (ring.ReadSegmentHeader(s) && (head < 0 || PmsgFormat.IsAfter(ring.Segment.Sequence, headSequence)))
                {
                    head = s;
                    headSequence = ring.Segment.Sequence;
                }
            }

            return head;
        }

        private static bool IsOutlier(PmsgRingState ring, int segment, int count)
        {
            for (int i = 0; i < count; i++)
            {
                if (ring.Outliers[i] == segment)
                {
                    return true;
                }
            }

            return false;
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

using System;
using System.Collections.Generic;
using PstoreNano.Config;
using PstoreNano.Zones.Pmsg;

namespace PstoreNano.Tool.Doctor
{
    /// <summary>Reads each pmsg segment's header from the image's bytes (docs/FORMAT.md, "pmsg zone").</summary>
    public static class PmsgSegmentCheck
    {
        public const string Section = "pmsg";

        public static void Run(byte[] image, ZoneLayout layout, int segmentSize, List<Finding> into)
        {
            PmsgSegmentHeader h = new PmsgSegmentHeader();
            byte[] head = new byte[PmsgFormat.SegmentHeaderSize];
            UnitRuns segments = new UnitRuns(Section, "segment");
            for (int s = 0; s < layout.PmsgSize / segmentSize; s++)
            {
                int offset = layout.PmsgOffset + s * segmentSize;
                Array.Copy(image, offset, head, 0, head.Length);
                if (h.Decode(head))
                {
                    SegmentChunks chunks = SegmentChunks.Walk(image, offset, segmentSize, h.FirstChunk);
                    string state = "sequence " + h.Sequence + ", opened in boot " + h.BootNumber + ", " + chunks.Chunks +
                        " valid chunk(s), " + chunks.PayloadBytes + " payload bytes";
                    segments.Add(s, offset, chunks.Damage == null ? Severity.Ok : Severity.Problem,
                        chunks.Damage == null ? state : state + "; " + chunks.Damage + ", the rest of the segment is skipped");
                    continue;
                }

                string erased = RegionState.Erased(image, offset, segmentSize);
                segments.Add(s, offset, erased != null ? Severity.Ok : Severity.Note, erased ?? "no valid header and not erased " +
                    "(an erase cut short, or bytes of another layout); the engine erases it before use");
            }

            segments.AddTo(into);
        }
    }
}

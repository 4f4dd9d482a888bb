using PstoreNano.Zones;
using PstoreNano.Zones.Pmsg;

namespace PstoreNano.Tool.Doctor
{
    /// <summary>
    /// Walks one pmsg segment's chunks in the image's bytes by the rules of docs/FORMAT.md ("Chunk header"):
    /// packed after the segment header, each with the expected sequence and a CRC over its header and
    /// payload, ended by an erased header. Says how many chunks are valid and where the first bad one is.
    /// </summary>
    public sealed class SegmentChunks
    {
        public int Chunks { get; private set; }

        public int PayloadBytes { get; private set; }

        /// <summary>Why the walk stopped before the segment's erased tail or end; null when it did not.</summary>
        public string Damage { get; private set; }

        public static SegmentChunks Walk(byte[] image, int segmentOffset, int segmentSize, uint firstSequence)
        {
            SegmentChunks result = new SegmentChunks();
            PmsgChunkHeader chunk = new PmsgChunkHeader();
            byte[] head = new byte[PmsgFormat.ChunkHeaderSize];
            uint expected = firstSequence;
            int at = PmsgFormat.SegmentHeaderSize;
            while (at + PmsgFormat.ChunkHeaderSize <= segmentSize)
            {
                if (RegionState.ReadsErased(image, segmentOffset + at, PmsgFormat.ChunkHeaderSize))
                {
                    return result;
                }

                System.Array.Copy(image, segmentOffset + at, head, 0, head.Length);

                string where = "chunk " + result.Chunks + " at 0x" + (segmentOffset + at).ToString("X") + ": ";
                if (!chunk.Decode(head, segmentSize - at - PmsgFormat.ChunkHeaderSize))
                {
                    result.Damage = where + "the header does not decode (magic, flags or length)";
                    return result;
                }

                if (chunk.Sequence != expected)
                {
                    result.Damage = where + "sequence " + chunk.Sequence + " where " + expected + " belongs";
                    return result;
                }

                uint crc = Crc32.Update(Crc32.Initial, head, 0, 12);
                crc = Crc32.Finish(Crc32.Update(crc, image, segmentOffset + at + PmsgFormat.ChunkHeaderSize, chunk.Length));
                if (crc != chunk.Crc)
                {
                    result.Damage = where + "CRC mismatch over its " + chunk.Length + " payload bytes (torn by a power cut, or damaged)";
                    return result;
                }

                result.Chunks++;
                result.PayloadBytes += chunk.Length;
                expected++;
                at += PmsgFormat.ChunkHeaderSize + chunk.Length;
            }

            return result;
        }
    }
}

using System;
using System.Collections;
using nanoFramework.TestFramework;
using PstoreNano.Records;
using PstoreNano.Testing;
using PstoreNano.Zones;
using PstoreNano.Zones.Pmsg;

namespace PstoreNano.Tests
{
    /// <summary>
    /// A ring whose head segment header says its first chunk comes before chunks the earlier segments
    /// already hold (one field changed, CRC valid): erasing must still delete what is listed, later writes
    /// must survive the erase, and a boot whose writes show as two runs is still one record.
    /// </summary>
    [TestClass]
    public class PmsgDamagedSequenceTests
    {
        private const int SegmentSize = 4096;

        [TestMethod]
        public void EraseAllDeletesEveryListedRecordOfADamagedRing()
        {
            MemoryFlashDevice device = DamagedRing();
            PmsgRing ring = PmsgKit.Mount(device);
            Assert.IsTrue(PmsgKit.List(ring).Count > 0, "the damaged ring still lists its older writes");

            ring.EraseAll();
            Assert.AreEqual(0, PmsgKit.List(ring).Count, "nothing is listed after erase-all");
            Assert.AreEqual(0, PmsgKit.List(PmsgKit.Mount(device)).Count, "nor after a remount");
        }

        [TestMethod]
        public void WritesAfterErasingARecordOfADamagedRingSurvive()
        {
            MemoryFlashDevice device = DamagedRing();
            PmsgRing ring = PmsgKit.Mount(device);
            ArrayList before = PmsgKit.List(ring);
            ring.Erase((PstoreRecord)before[before.Count - 1]);

            byte[] fresh = PmsgKit.Pattern(300, 99);
            Assert.AreEqual(300, ring.Write(fresh, 0, fresh.Length, false));
            ArrayList after = PmsgKit.List(PmsgKit.Mount(device));
            Assert.AreEqual(1, after.Count, "only the new boot's write is left");
            CollectionAssert.AreEqual(fresh, PmsgKit.ReadRecord(PmsgKit.Mount(device), (PstoreRecord)after[0], 77));
        }

        [TestMethod]
        public void OneBootSplitIntoTwoRunsIsOneRecordWithAllItsBytes()
        {
            // Boot 0 writes, boot 1 writes, then a chunk of boot 0 shows up after boot 1's (its boot field
            // changed back and forth with valid CRCs, as a damaged image can have it).
            MemoryFlashDevice device = PmsgKit.NewDevice(4);
            PmsgRing ring = PmsgKit.Mount(device);
            byte[] a = PmsgKit.Pattern(100, 1);
            ring.Write(a, 0, a.Length, false);
            ring = PmsgKit.Mount(device);
            byte[] b = PmsgKit.Pattern(100, 2);
            ring.Write(b, 0, b.Length, false);
            byte[] c = PmsgKit.Pattern(100, 3);
            ring.Write(c, 0, c.Length, false);
            RewriteChunkBoot(device, 2, 0);

            ring = PmsgKit.Mount(device);
            ArrayList records = PmsgKit.List(ring);
            Assert.AreEqual(2, records.Count, "one record per boot");
            PstoreRecord first = (PstoreRecord)records[0];
            PstoreRecord second = (PstoreRecord)records[1];
            Assert.IsFalse(first.Name == second.Name, "names are unique: " + first.Name);
            Assert.AreEqual(200, first.Size, "boot 0 holds both of its runs");
            Assert.AreEqual(200, PmsgKit.ReadRecord(ring, first, 33).Length, "and a read reaches both");
        }

        [TestMethod]
        public void HeaderHalfTheSequenceSpaceAwayIsNotTakenForTheHead()
        {
            // One older segment's sequence moved almost 2^31 ahead (CRC valid): serial comparison calls it the newest.
            MemoryFlashDevice device = PmsgKit.NewDevice(8);
            PmsgRing ring = PmsgKit.Mount(device);
            byte[] data = PmsgKit.Pattern(500, 3);
            for (int i = 0; i < 30; i++)
            {
                ring.Write(data, 0, data.Length, false);
            }

            int head = HeadSegment(device);
            int older = (head + 8 - 2) % 8;
            EditSegment(device, older, 0x7FFFFFF0u, 0);
            PmsgRing mounted = PmsgKit.Mount(device);
            byte[] fresh = PmsgKit.Pattern(100, 4);
            mounted.Write(fresh, 0, fresh.Length, false);

            // The chain after the damaged segment (two segments) is still listed; taken for the head, the damaged
            // segment alone would have been (one segment's worth at most).
            ArrayList records = PmsgKit.List(PmsgKit.Mount(device));
            Assert.IsTrue(((PstoreRecord)records[0]).Size > 4096 - PmsgFormat.SegmentHeaderSize - PmsgFormat.ChunkHeaderSize,
                "boot 0 holds " + ((PstoreRecord)records[0]).Size + " bytes");
            byte[] last = PmsgKit.ReadRecord(PmsgKit.Mount(device), (PstoreRecord)records[records.Count - 1], 64);
            Assert.AreEqual(100, last.Length, "the new boot's write is read back");
        }

        [TestMethod]
        public void HeadTrimPastItsFirstChunkDeletesNoLaterWrite()
        {
            MemoryFlashDevice device = PmsgKit.NewDevice(4);
            PmsgRing ring = PmsgKit.Mount(device);
            byte[] data = PmsgKit.Pattern(600, 5);
            for (int i = 0; i < 9; i++)
            {
                ring.Write(data, 0, data.Length, false);
            }

            EditSegment(device, HeadSegment(device), 0, 0x80000000u);
            ring = PmsgKit.Mount(device);
            byte[] fresh = PmsgKit.Pattern(50, 6);
            ring.Write(fresh, 0, fresh.Length, false);

            ArrayList records = PmsgKit.List(PmsgKit.Mount(device));
            Assert.AreEqual(2, records.Count, "the earlier boot and the new one are both kept");
            Assert.AreEqual(50, ((PstoreRecord)records[1]).Size, "the write after the damage survives the next mount");
        }

        [TestMethod]
        public void ZeroFilledPartitionIsBlankNotDamaged()
        {
            // A new SD card reads zeros where NOR reads 0xFF: nothing is damaged, and the ring works.
            MemoryBlockDevice card = new MemoryBlockDevice(new byte[8 * SegmentSize], "pstore_blk");
            MountReport report = new MountReport();
            PmsgRing ring = PmsgKit.Mount(card, report);
            Assert.AreEqual(0, report.PmsgCorruptChunks, "zeros counted as damage");
            byte[] data = PmsgKit.Pattern(300, 8);
            Assert.AreEqual(300, ring.Write(data, 0, data.Length, false));
            CollectionAssert.AreEqual(data, PmsgKit.ReadAll(PmsgKit.Mount(card), PmsgKit.List(PmsgKit.Mount(card))));
        }

        // Adds to a segment header's sequence and trim, CRC recomputed.
        private static void EditSegment(MemoryFlashDevice device, int segment, uint addSequence, uint addTrim)
        {
            PmsgSegmentHeader header = new PmsgSegmentHeader();
            byte[] bytes = new byte[PmsgFormat.SegmentHeaderSize];
            Array.Copy(device.Data, segment * SegmentSize, bytes, 0, bytes.Length);
            Assert.IsTrue(header.Decode(bytes), "segment " + segment + " has a header");
            PmsgSegmentHeader.Encode(bytes, header.Sequence + addSequence, header.BootNumber, header.Trim + addTrim,
                header.FirstChunk, header.Layout);
            Array.Copy(bytes, 0, device.Data, segment * SegmentSize, bytes.Length);
        }

        // Two boots of writes over three segments; then the head segment's first-chunk sequence is moved
        // back by 40 (header CRC recomputed), below chunks that the segment before it holds.
        private static MemoryFlashDevice DamagedRing()
        {
            MemoryFlashDevice device = PmsgKit.NewDevice(6);
            PmsgRing ring = PmsgKit.Mount(device);
            byte[] data = PmsgKit.Pattern(200, 5);
            for (int i = 0; i < 30; i++)
            {
                ring.Write(data, 0, data.Length, false);
            }

            ring = PmsgKit.Mount(device);
            for (int i = 0; i < 10; i++)
            {
                ring.Write(data, 0, data.Length, false);
            }

            int head = HeadSegment(device);
            PmsgSegmentHeader header = new PmsgSegmentHeader();
            byte[] bytes = new byte[PmsgFormat.SegmentHeaderSize];
            Array.Copy(device.Data, head * SegmentSize, bytes, 0, bytes.Length);
            Assert.IsTrue(header.Decode(bytes));
            PmsgSegmentHeader.Encode(bytes, header.Sequence, header.BootNumber, header.Trim, header.FirstChunk - 40, header.Layout);
            Array.Copy(bytes, 0, device.Data, head * SegmentSize, bytes.Length);
            return device;
        }

        private static int HeadSegment(MemoryFlashDevice device)
        {
            PmsgSegmentHeader header = new PmsgSegmentHeader();
            byte[] bytes = new byte[PmsgFormat.SegmentHeaderSize];
            int head = -1;
            uint newest = 0;
            for (int s = 0; s < device.Size / SegmentSize; s++)
            {
                Array.Copy(device.Data, s * SegmentSize, bytes, 0, bytes.Length);
                if (header.Decode(bytes) && (head < 0 || PmsgFormat.IsAfter(header.Sequence, newest)))
                {
                    head = s;
                    newest = header.Sequence;
                }
            }

            return head;
        }

        // Sets the boot field of the index-th chunk of segment 0 and recomputes its CRC.
        private static void RewriteChunkBoot(MemoryFlashDevice device, int index, uint boot)
        {
            byte[] d = device.Data;
            int at = PmsgFormat.SegmentHeaderSize;
            PmsgChunkHeader chunk = new PmsgChunkHeader();
            byte[] h = new byte[PmsgFormat.ChunkHeaderSize];
            for (int i = 0; i < index; i++)
            {
                Array.Copy(d, at, h, 0, h.Length);
                Assert.IsTrue(chunk.Decode(h, SegmentSize - at - h.Length));
                at += PmsgFormat.ChunkHeaderSize + chunk.Length;
            }

            Array.Copy(d, at, h, 0, h.Length);
            Assert.IsTrue(chunk.Decode(h, SegmentSize - at - h.Length));
            PmsgChunkHeader.EncodeFields(h, 0, chunk.Length, chunk.Flags, chunk.Sequence, boot);
            uint crc = Crc32.Update(Crc32.Initial, h, 0, 12);
            crc = Crc32.Update(crc, d, at + h.Length, chunk.Length);
            LittleEndian.WriteUInt32(h, 12, Crc32.Finish(crc));
            Array.Copy(h, 0, d, at, h.Length);
        }
    }
}

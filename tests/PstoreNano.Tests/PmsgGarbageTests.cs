using System;
using System.Collections;
using nanoFramework.TestFramework;
using PstoreNano.Zones.Pmsg;
using PstoreNano.Records;
using PstoreNano.Testing;
using PstoreNano.Zones;

namespace PstoreNano.Tests
{
    [TestClass]
    public class PmsgGarbageTests
    {
        private const int Segments = 4;
        private const int RingOffset = 4096;

        [TestMethod]
        public void RandomImagesNeverThrow()
        {
            Random random = new Random(7);
            for (int round = 0; round < 40; round++)
            {
                WatchedDevice device = NewFenced();
                byte[] noise = new byte[Segments * 4096];
                random.NextBytes(noise);
                Array.Copy(noise, 0, device.Flash.Data, RingOffset, noise.Length);
                MountListReadWrite(device, "random image " + round);
            }
        }

        [TestMethod]
        public void HeadersWithValidCrcAndAbsurdFieldsNeverThrow()
        {
            Random random = new Random(11);
            for (int round = 0; round < 60; round++)
            {
                WatchedDevice device = NewFenced();
                byte[] data = device.Flash.Data;
                for (int s = 0; s < Segments; s++)
                {
                    int at = RingOffset + s * 4096;
                    // Sequences near the serial-arithmetic wrap and random trims and first-chunk values.
                    uint sequence = round % 3 == 0 ? (uint)random.Next() : 0x7FFFFFFFu + (uint)(s * (round % 5));
                    WriteSegmentHeader(data, at, sequence, (uint)random.Next(), (uint)random.Next(), (uint)(round % 4 == 0 ? random.Next() : 0));
                    int offset = PmsgFormat.SegmentHeaderSize;
                    while (offset < 4096 - 16 && random.Next(4) != 0)
                    {
                        int length = random.Next(3) == 0 ? random.Next(65536) : 1 + random.Next(300);
                        byte flags = (byte)random.Next(8);
                        int payload = 4096 - offset - 16;
                        payload = length < payload ? length : payload;

                        WriteChunk(data, at + offset, length, flags, (uint)(offset / 20), (uint)random.Next(3), payload);
                        offset += 16 + (payload > 1 ? payload : 1);
                    }
                }

                MountListReadWrite(device, "adversarial image " + round);
            }
        }

        [TestMethod]
        public void DamageAfterMountSkipsToTheNextSegment()
        {
            MemoryFlashDevice device = PmsgKit.NewDevice(4);
            PmsgRing ring = PmsgKit.Mount(device);
            for (int i = 0; i < 30; i++)
            {
                ring.Write(PmsgKit.Pattern(300, i), 0, 300, false);
            }

            ArrayList before = PmsgKit.List(ring);
            int size = ((PstoreRecord)before[0]).Size;
            // Damage one byte of a chunk payload in the oldest segment.
            int tail = -1;
            for (int s = 0; s < 4 && tail < 0; s++)
            {
                if (device.Data[s * 4096] == 0x50 && device.Data[s * 4096 + PmsgFormat.SegmentHeaderSize + 40] != 0xFF)
                {
                    tail = s;
                }
            }

            Assert.IsTrue(tail >= 0);
            device.Data[tail * 4096 + PmsgFormat.SegmentHeaderSize + 40] ^= 0x01;
            ArrayList after = PmsgKit.List(ring);
            Assert.AreEqual(1, after.Count);
            PstoreRecord record = (PstoreRecord)after[0];
            Assert.IsTrue(record.Size < size && record.Size > 0, "the damaged segment is skipped, the rest stays");
            byte[] bytes = PmsgKit.ReadRecord(ring, record, 128);
            Assert.AreEqual(record.Size, bytes.Length);
        }

        private static WatchedDevice NewFenced()
        {
            return new WatchedDevice(new MemoryFlashDevice((Segments + 2) * 4096, 256, 4096, "pstore_mem"), RingOffset, Segments * 4096);
        }

        private static void MountListReadWrite(WatchedDevice device, string what)
        {
            try
            {
                PmsgRing ring = new PmsgRing(device, RingOffset, Segments * 4096);
                MountReport report = new MountReport();
                ring.Mount(report);
                ArrayList records = new ArrayList();
                ring.ListRecords(records);
                for (int i = 0; i < records.Count; i++)
                {
                    PmsgKit.ReadRecord(ring, (PstoreRecord)records[i], 211);
                }

                byte[] data = PmsgKit.Pattern(500, 5);
                Assert.AreEqual(500, ring.Write(data, 0, 500, false));
                records = new ArrayList();
                ring.ListRecords(records);
                Assert.IsTrue(records.Count >= 1, what + ": the new write is listed");
                PstoreRecord newest = (PstoreRecord)records[records.Count - 1];
                byte[] all = PmsgKit.ReadRecord(ring, newest, 64);
                for (int i = 0; i < 500; i++)
                {
                    Assert.AreEqual(data[i], all[all.Length - 500 + i], what + ": new write byte " + i);
                }
            }
            catch (Exception e)
            {
                Assert.IsTrue(false, what + ": " + e.GetType().FullName + " " + e.Message);
            }
        }

        private static void WriteSegmentHeader(byte[] d, int at, uint sequence, uint boot, uint trim, uint firstChunk)
        {
            byte[] header = new byte[PmsgFormat.SegmentHeaderSize];
            PmsgSegmentHeader.Encode(header, sequence, boot, trim, firstChunk, 0);
            Array.Copy(header, 0, d, at, header.Length);
        }

        private static void WriteChunk(byte[] d, int at, int length, byte flags, uint sequence, uint boot, int payload)
        {
            LittleEndian.WriteUInt16(d, at, (ushort)length);
            d[at + 2] = flags;
            d[at + 3] = 0xC5;
            LittleEndian.WriteUInt32(d, at + 4, sequence);
            LittleEndian.WriteUInt32(d, at + 8, boot);
            uint crc = Crc32.Update(Crc32.Initial, d, at, 12);
            crc = Crc32.Update(crc, d, at + 16, payload);
            LittleEndian.WriteUInt32(d, at + 12, Crc32.Finish(crc));
        }
    }
}

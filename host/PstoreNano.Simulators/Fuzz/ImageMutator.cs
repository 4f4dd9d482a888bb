using System;
using PstoreNano.Zones;
using PstoreNano.Zones.Pmsg;

namespace PstoreNano.Simulators.Fuzz
{
    /// <summary>
    /// Damages a partition image the ways flash, cards and bugs do, knowing where the format's fields lie:
    /// pmsg segments of one erase unit from offset 0, then dmesg zones. Field edits keep checksums valid,
    /// so the damage gets past the CRC and reaches the rules behind it.
    /// </summary>
    public sealed class ImageMutator
    {
        private readonly Random _random;
        private readonly int _pmsgSize;
        private readonly int _zoneSize;
        private readonly int _segmentSize;

        /// <summary>A mutator for images of the given layout, drawing from <paramref name="random"/>.</summary>
        public ImageMutator(Random random, int pmsgSize, int zoneSize, int segmentSize)
        {
            _random = random;
            _pmsgSize = pmsgSize;
            _zoneSize = zoneSize;
            _segmentSize = segmentSize;
        }

        /// <summary>Returns the damaged image (a new array for <see cref="FuzzKind.WrongSize"/>, else <paramref name="image"/>).</summary>
        public byte[] Mutate(byte[] image, FuzzKind kind)
        {
            switch (kind)
            {
                case FuzzKind.BitFlips:
                    for (int i = 1 + _random.Next(8); i > 0; i--)
                    {
                        image[_random.Next(image.Length)] ^= (byte)(1 << _random.Next(8));
                    }

                    return image;
                case FuzzKind.ByteRun:
                    ByteRun(image, _random.Next(image.Length), 1 + _random.Next(64));
                    return image;
                case FuzzKind.SegmentHeaderField:
                    SegmentField(image, RandomSegment());
                    return image;
                case FuzzKind.ChunkHeaderField:
                    ChunkField(image, RandomSegment());
                    return image;
                case FuzzKind.DmesgHeaderField:
                    DmesgField(image);
                    return image;
                case FuzzKind.SequenceWrapOrRepeat:
                    WrapOrRepeat(image);
                    return image;
                case FuzzKind.WrongSize:
                    return Resize(image);
                default:
                    RandomImage(image);
                    return image;
            }
        }

        private int RandomSegment()
        {
            int segments = _pmsgSize / _segmentSize;
            return segments == 0 ? 0 : _random.Next(segments) * _segmentSize;
        }

        private void ByteRun(byte[] image, int at, int length)
        {
            length = Math.Min(length, image.Length - at);
            int style = _random.Next(3);
            for (int i = 0; i < length; i++)
            {
                image[at + i] = style == 0 ? (byte)0x00 : style == 1 ? (byte)0xFF : (byte)_random.Next(256);
            }
        }

        private void SegmentField(byte[] image, int at)
        {
            if (!DecodeSegment(image, at, out PmsgSegmentHeader h))
            {
                ByteRun(image, at, PmsgFormat.SegmentHeaderSize);
                return;
            }

            uint value = Nasty(h.Sequence);
            switch (_random.Next(5))
            {
                case 0: h.Sequence = value; break;
                case 1: h.BootNumber = Nasty(h.BootNumber); break;
                case 2: h.Trim = Nasty(h.Trim); break;
                case 3: h.FirstChunk = Nasty(h.FirstChunk); break;
                default: h.Layout = (uint)_random.Next(); break;
            }

            EncodeSegment(image, at, h);
        }

        private void ChunkField(byte[] image, int segment)
        {
            // A random valid chunk of the segment (or of the next segment holding one): change one field and
            // recompute its CRC over the payload.
            int segments = Math.Max(1, _pmsgSize / _segmentSize);
            for (int tries = 0; tries < segments; tries++)
            {
                if (ChunkFieldIn(image, (segment + tries * _segmentSize) % (segments * _segmentSize)))
                {
                    return;
                }
            }

            ByteRun(image, segment + PmsgFormat.SegmentHeaderSize, PmsgFormat.ChunkHeaderSize);
        }

        private bool ChunkFieldIn(byte[] image, int segment)
        {
            int end = Math.Min(segment + _segmentSize, image.Length);
            int at = segment + PmsgFormat.SegmentHeaderSize;
            int target = _random.Next(8);
            int chosen = -1;
            PmsgChunkHeader chunk = new PmsgChunkHeader();
            PmsgChunkHeader found = new PmsgChunkHeader();
            byte[] h = new byte[PmsgFormat.ChunkHeaderSize];
            for (int i = 0; i <= target && at + h.Length <= end; i++)
            {
                Array.Copy(image, at, h, 0, h.Length);
                if (!chunk.Decode(h, end - at - h.Length))
                {
                    break;
                }

                chosen = at;
                found.Decode(h, end - at - h.Length);
                at += h.Length + chunk.Length;
            }

            if (chosen < 0)
            {
                return false;
            }

            int length = found.Length;
            switch (_random.Next(4))
            {
                case 0: found.BootNumber = found.BootNumber ^ (uint)(1 + _random.Next(7)); break;
                case 1: found.Sequence = Nasty(found.Sequence) ^ (found.Sequence == 0 ? 1u : 0u); break;
                case 2: found.Flags = (byte)(found.Flags ^ (1 + _random.Next(7))); break;
                default: length = found.Length == 1 ? 2 : found.Length - 1 - _random.Next(found.Length - 1); break;
            }

            int payload = Math.Min(length, image.Length - chosen - h.Length);
            PmsgChunkHeader.EncodeFields(h, 0, length, found.Flags, found.Sequence, found.BootNumber);
            uint crc = Crc32.Update(Crc32.Initial, h, 0, 12);
            crc = Crc32.Update(crc, image, chosen + h.Length, payload);
            LittleEndian.WriteUInt32(h, 12, Crc32.Finish(crc));
            Array.Copy(h, 0, image, chosen, h.Length);
            return true;
        }

        private void DmesgField(byte[] image)
        {
            int zones = (image.Length - _pmsgSize) / _zoneSize;
            if (zones <= 0)
            {
                ByteRun(image, _random.Next(image.Length), 16);
                return;
            }

            int at = _pmsgSize + _random.Next(zones) * _zoneSize;
            switch (_random.Next(8))
            {
                case 0: LittleEndian.WriteInt32(image, at + DmesgHeader.DataLengthOffset, (int)Nasty((uint)_zoneSize)); break;
                case 1: LittleEndian.WriteInt32(image, at + DmesgHeader.StartOffset, (int)Nasty(0)); break;
                case 2: LittleEndian.WriteUInt32(image, at + DmesgHeader.MagicOffset, (uint)_random.Next()); break;
                case 3: LittleEndian.WriteInt64(image, at + DmesgHeader.SecondsOffset, _random.Next(3) == 0 ? long.MaxValue : _random.Next()); break;
                case 4: LittleEndian.WriteUInt32(image, at + DmesgHeader.CounterOffset, Nasty(1)); break;
                case 5: LittleEndian.WriteInt32(image, at + DmesgHeader.ReasonOffset, _random.Next(-2, 9)); break;
                case 6: image[at + DmesgHeader.CompressedOffset] = (byte)_random.Next(256); break;
                default: LittleEndian.WriteUInt32(image, at, DmesgHeader.Signature); break;
            }
        }

        private void WrapOrRepeat(byte[] image)
        {
            int segments = _pmsgSize / _segmentSize;
            if (segments < 2)
            {
                ByteRun(image, 0, 32);
                return;
            }

            if (_random.Next(2) == 0)
            {
                // Every valid header moved to just before the 32-bit wrap, keeping their order.
                uint shift = 0xFFFFFFFF - (uint)_random.Next(4);
                for (int s = 0; s < segments; s++)
                {
                    if (DecodeSegment(image, s * _segmentSize, out PmsgSegmentHeader h))
                    {
                        h.Sequence += shift;
                        EncodeSegment(image, s * _segmentSize, h);
                    }
                }
            }
            else
            {
                int from = _random.Next(segments) * _segmentSize;
                int to = _random.Next(segments) * _segmentSize;
                Array.Copy(image, from, image, to, PmsgFormat.SegmentHeaderSize);
            }
        }

        private byte[] Resize(byte[] image)
        {
            // Whole erase units (a device has no other size), but on a block device often not whole 4 KiB.
            int unit = _segmentSize;
            int size = _random.Next(2) == 0
                ? Math.Max(unit, image.Length - unit * (1 + _random.Next(12)))
                : image.Length + unit * (1 + _random.Next(12));

            byte[] resized = new byte[size];
            Array.Fill(resized, (byte)0xFF);
            Array.Copy(image, resized, Math.Min(size, image.Length));
            return resized;
        }

        private void RandomImage(byte[] image)
        {
            if (_random.Next(2) == 0)
            {
                _random.NextBytes(image);
                return;
            }

            Array.Fill(image, (byte)0xFF);
            for (int i = 0; i < 20; i++)
            {
                ByteRun(image, _random.Next(image.Length), 1 + _random.Next(64));
            }
        }

        // Values that break serial arithmetic and bounds: near the value, 0, the wrap, the middle.
        private uint Nasty(uint near)
        {
            switch (_random.Next(6))
            {
                case 0: return near + (uint)_random.Next(1, 4);
                case 1: return near - (uint)_random.Next(1, 4);
                case 2: return 0;
                case 3: return 0xFFFFFFFF;
                case 4: return near + 0x80000000;
                default: return (uint)_random.Next();
            }
        }

        private static bool DecodeSegment(byte[] image, int at, out PmsgSegmentHeader header)
        {
            header = new PmsgSegmentHeader();
            if (at + PmsgFormat.SegmentHeaderSize > image.Length)
            {
                return false;
            }

            byte[] b = new byte[PmsgFormat.SegmentHeaderSize];
            Array.Copy(image, at, b, 0, b.Length);
            return header.Decode(b);
        }

        private static void EncodeSegment(byte[] image, int at, PmsgSegmentHeader h)
        {
            byte[] b = new byte[PmsgFormat.SegmentHeaderSize];
            PmsgSegmentHeader.Encode(b, h.Sequence, h.BootNumber, h.Trim, h.FirstChunk, h.Layout);
            Array.Copy(b, 0, image, at, b.Length);
        }
    }
}

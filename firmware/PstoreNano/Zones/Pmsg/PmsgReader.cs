using System.Collections;
using PstoreNano.Records;

namespace PstoreNano.Zones.Pmsg
{
    /// <summary>
    /// Lists the ring's records (one per boot, oldest first) and streams a record's bytes. A read
    /// keeps one cursor, so reading a record front to back costs one walk in total; a read at any
    /// other position walks again from the tail. Only complete writes not deleted by the trim are
    /// shown, and each is CRC-checked before its first byte is returned.
    /// </summary>
    internal sealed class PmsgReader
    {
        private readonly PmsgRingState _ring;
        private readonly PmsgWalker _list;
        private readonly PmsgWalker _cursor;

        // What the cursor is reading and where it stands.
        private bool _valid;
        private int _generation;
        private uint _boot;
        private uint _first;
        private uint _end;
        private int _position;
        private int _chunksLeft;
        private int _chunkAddress;
        private int _chunkLeft;

        // The record was listed, every chunk CRC-checked, in the ring's current generation: nothing has been
        // erased or trimmed since, so the read need not read each payload twice.
        private bool _trusted;

        /// <summary>Creates a reader over <paramref name="ring"/>.</summary>
        public PmsgReader(PmsgRingState ring)
        {
            _ring = ring;
            _list = new PmsgWalker(ring);
            _list.VerifyPayload = true;
            _cursor = new PmsgWalker(ring);
        }

        /// <summary>Chunks the last listing found damaged.</summary>
        public int CorruptChunks
        {
            get { return _list.CorruptChunks; }
        }

        /// <summary>Adds one record per boot to <paramref name="into"/>; returns the bytes they hold.</summary>
        public int ListRecords(ArrayList into, string backendName)
        {
            PmsgWalker walker = _list;
            walker.Reset();
            walker.CorruptChunks = 0;
            PstoreRecord record = null;
            int total = 0;
            while (walker.NextWrite())
            {
                if (IsTrimmed(walker.WriteFirst))
                {
                    continue;
                }

                if (record == null || record.BootNumber != walker.WriteBoot)
                {
                    // One record per boot, even when another boot's chunks lie between two runs of its writes
                    // (damaged sequences): the runs join, so the name stays unique and a read reaches them all.
                    record = FindBoot(into, walker.WriteBoot);
                }

                if (record == null)
                {
                    record = new PstoreRecord();
                    record.Name = "pmsg-" + backendName + "-" + walker.WriteBoot.ToString();
                    record.Type = RecordType.Pmsg;
                    record.Reason = DumpReason.Undefined;
                    record.BootNumber = walker.WriteBoot;
                    record.Id = (int)walker.WriteBoot;
                    record.FirstSequence = walker.WriteFirst;
                    record.EndSequence = walker.WriteFirst;
                    into.Add(record);
                }

                record.Size += walker.WriteLength;
                uint end = walker.WriteFirst + (uint)walker.WriteChunks;
                if (PmsgFormat.IsAfter(record.FirstSequence, walker.WriteFirst))
                {
                    record.FirstSequence = walker.WriteFirst;
                }

                if (PmsgFormat.IsAfter(end, record.EndSequence))
                {
                    record.EndSequence = end;
                }

                total += walker.WriteLength;
            }

            // Only a listing that met no damaged chunk may vouch for its records: a read that skips the CRC
            // checks then selects exactly the writes the listing counted.
            if (walker.CorruptChunks == 0)
            {
                for (int i = 0; i < into.Count; i++)
                {
                    PstoreRecord listed = (PstoreRecord)into[i];
                    if (listed.Type == RecordType.Pmsg)
                    {
                        listed.VerifiedGeneration = _ring.Generation;
                    }
                }
            }

            return total;
        }

        /// <summary>Copies up to <paramref name="count"/> bytes of the record from <paramref name="position"/>; returns the bytes copied.</summary>
        public int Read(PstoreRecord record, int position, byte[] buffer, int offset, int count)
        {
            if (!_valid || _generation != _ring.Generation || _boot != record.BootNumber ||
                _first != record.FirstSequence || _end != record.EndSequence || _position > position)
            {
                Restart(record);
            }

            // Skip forward to the position (whole writes cost one header walk, not a payload read).
            while (_position < position)
            {
                if (_chunkLeft == 0 && !NextChunk())
                {
                    return 0;
                }

                int skip = position - _position;
                skip = skip < _chunkLeft ? skip : _chunkLeft;
                Consume(skip);
            }

            int copied = 0;
            while (copied < count)
            {
                if (_chunkLeft == 0 && !NextChunk())
                {
                    break;
                }

                int n = count - copied;
                n = n < _chunkLeft ? n : _chunkLeft;
                _ring.Device.Read(_chunkAddress, buffer, offset + copied, n);
                Consume(n);
                copied += n;
            }

            return copied;
        }

        /// <summary>Forgets the cursor (the ring changed under it).</summary>
        public void Invalidate()
        {
            _valid = false;
        }

        /// <summary>The newest sequence end of every listed write: chunks at or after it were never written.</summary>
        public static uint EndOfRecords(ArrayList records, uint atLeast)
        {
            uint end = atLeast;
            for (int i = 0; i < records.Count; i++)
            {
                PstoreRecord r = (PstoreRecord)records[i];
                if (PmsgFormat.IsAfter(r.EndSequence, end))
                {
                    end = r.EndSequence;
                }
            }

            return end;
        }

        private static PstoreRecord FindBoot(ArrayList records, uint boot)
        {
            for (int i = records.Count - 1; i >= 0; i--)
            {
                PstoreRecord r = (PstoreRecord)records[i];
                if (r.Type == RecordType.Pmsg && r.BootNumber == boot)
                {
                    return r;
                }
            }

            return null;
        }

        private bool IsTrimmed(uint sequence)
        {
            return PmsgFormat.IsAfter(_ring.Trim, sequence);
        }

        private void Restart(PstoreRecord record)
        {
            _cursor.Reset();
            _cursor.VerifyPayload = true;
            _valid = true;
            _generation = _ring.Generation;
            _boot = record.BootNumber;
            _first = record.FirstSequence;
            _end = record.EndSequence;
            _trusted = record.VerifiedGeneration == _ring.Generation;
            _position = 0;
            _chunksLeft = 0;
            _chunkLeft = 0;
        }

        private void Consume(int n)
        {
            _chunkAddress += n;
            _chunkLeft -= n;
            _position += n;
        }

        // Loads the record's next chunk: the next of the current write, else the first of its next write.
        private bool NextChunk()
        {
            PmsgWalker walker = _cursor;
            if (_chunksLeft == 0)
            {
                walker.VerifyPayload = !_trusted;
                while (true)
                {
                    if (!walker.NextWrite())
                    {
                        return false;
                    }

                    if (walker.WriteBoot == _boot && PmsgFormat.InRange(walker.WriteFirst, _first, _end) &&
                        !IsTrimmed(walker.WriteFirst))
                    {
                        break;
                    }
                }

                // The peek verified every chunk of the write; deliver it from its first chunk.
                walker.Rewind();
                walker.VerifyPayload = false;
                _chunksLeft = walker.WriteChunks;
            }

            if (!walker.Current())
            {
                _chunksLeft = 0;
                return false;
            }

            _chunkAddress = walker.PayloadAddress;
            _chunkLeft = walker.Chunk.Length;
            _chunksLeft--;
            walker.Advance();
            return true;
        }
    }
}

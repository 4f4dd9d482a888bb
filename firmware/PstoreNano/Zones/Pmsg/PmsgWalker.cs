namespace PstoreNano.Zones.Pmsg
{
    /// <summary>
    /// Walks the chunks of the live chain, tail to head, and finds complete writes. A chunk that
    /// fails a check (bad magic, flags, length, sequence or CRC) ends its segment: the walk goes
    /// on at the next segment, so damage costs at most the rest of one segment and never throws.
    /// The position is three ints, so a walk can be saved and resumed (peek-ahead).
    /// </summary>
    internal sealed class PmsgWalker
    {
        private readonly PmsgRingState _ring;
        private readonly PmsgChunkHeader _chunk = new PmsgChunkHeader();

        // Position: segment number along the chain (0 = tail), offset of the current chunk in it
        // (-1 before its header is read) and the sequence the chunk there must carry.
        private int _chainIndex;
        private int _offset;
        private uint _expected;

        /// <summary>Creates a walker over <paramref name="ring"/>.</summary>
        public PmsgWalker(PmsgRingState ring)
        {
            _ring = ring;
        }

        /// <summary>If true, every chunk's CRC is checked (reads its payload); else headers only.</summary>
        public bool VerifyPayload;

        /// <summary>Chunks found damaged so far.</summary>
        public int CorruptChunks;

        /// <summary>The chunk at the position after a successful <see cref="Current"/>.</summary>
        public PmsgChunkHeader Chunk
        {
            get { return _chunk; }
        }

        /// <summary>Partition address of the current chunk's payload.</summary>
        public int PayloadAddress;

        /// <summary>After <see cref="NextWrite"/>: payload bytes of the write.</summary>
        public int WriteLength;

        /// <summary>After <see cref="NextWrite"/>: chunks of the write.</summary>
        public int WriteChunks;

        /// <summary>After <see cref="NextWrite"/>: sequence of its first chunk.</summary>
        public uint WriteFirst;

        /// <summary>After <see cref="NextWrite"/>: boot that wrote it.</summary>
        public uint WriteBoot;

        // Position of the write's first chunk, for Rewind.
        private int _writeChainIndex;
        private int _writeOffset;
        private uint _writeExpected;

        /// <summary>Goes back to the start of the tail segment.</summary>
        public void Reset()
        {
            _chainIndex = 0;
            _offset = -1;
        }

        /// <summary>
        /// Loads the valid chunk at or after the position into <see cref="Chunk"/>, skipping the rest
        /// of any segment that ends or is damaged; false at the end of the chain.
        /// </summary>
        public bool Current()
        {
            PmsgRingState ring = _ring;
            while (_chainIndex < ring.Live)
            {
                int segment = ring.Wrap(ring.Tail + _chainIndex);
                if (_offset < 0)
                {
                    if (!ring.ReadSegmentHeader(segment))
                    {
                        CorruptChunks++;
                        NextSegment();
                        continue;
                    }

                    _expected = ring.Segment.FirstChunk;
                    _offset = PmsgFormat.SegmentHeaderSize;
                }

                int limit = _chainIndex == ring.Live - 1 ? ring.Append : ring.SegmentSize;
                int maxLength = limit - _offset - PmsgFormat.ChunkHeaderSize;
                if (maxLength < 1)
                {
                    NextSegment();
                    continue;
                }

                int address = ring.SegmentAddress(segment) + _offset;
                byte[] h = ring.ChunkBuffer;
                ring.Device.Read(address, h, 0, PmsgFormat.ChunkHeaderSize);
                if (PmsgRingState.AllErased(h, 0, PmsgFormat.ChunkHeaderSize))
                {
                    NextSegment();
                    continue;
                }

                int payload = address + PmsgFormat.ChunkHeaderSize;
                if (!_chunk.Decode(h, maxLength) || _chunk.Sequence != _expected ||
                    (VerifyPayload && !ring.ChunkCrcMatches(_chunk, payload)))
                {
                    CorruptChunks++;
                    NextSegment();
                    continue;
                }

                PayloadAddress = payload;
                return true;
            }

            return false;
        }

        /// <summary>Moves past the current chunk.</summary>
        public void Advance()
        {
            _offset += PmsgFormat.ChunkHeaderSize + _chunk.Length;
            _expected++;
        }

        /// <summary>
        /// Finds the next complete write (FIRST..LAST, consecutive sequences, one boot) at or after the
        /// position by peeking ahead over its chunks; incomplete writes and trim markers are skipped.
        /// On true the position is just past the write; <see cref="Rewind"/> returns to its start.
        /// </summary>
        public bool NextWrite()
        {
            while (Current())
            {
                if (!_chunk.StartsWrite)
                {
                    Advance();
                    continue;
                }

                _writeChainIndex = _chainIndex;
                _writeOffset = _offset;
                _writeExpected = _expected;
                uint first = _chunk.Sequence;
                uint boot = _chunk.BootNumber;
                int length = _chunk.Length;
                int chunks = 1;
                bool complete = _chunk.EndsWrite;
                Advance();
                while (!complete)
                {
                    if (!Current())
                    {
                        return false;
                    }

                    if (_chunk.Sequence != first + (uint)chunks || _chunk.BootNumber != boot ||
                        (_chunk.Flags & (PmsgFormat.FlagFirst | PmsgFormat.FlagTrim)) != 0)
                    {
                        // Torn write: this chunk may start the next one, so do not move past it.
                        break;
                    }

                    length += _chunk.Length;
                    chunks++;
                    complete = _chunk.EndsWrite;
                    Advance();
                }

                if (complete)
                {
                    WriteFirst = first;
                    WriteBoot = boot;
                    WriteLength = length;
                    WriteChunks = chunks;
                    return true;
                }
            }

            return false;
        }

        /// <summary>Returns to the first chunk of the write the last <see cref="NextWrite"/> found.</summary>
        public void Rewind()
        {
            _chainIndex = _writeChainIndex;
            _offset = _writeOffset;
            _expected = _writeExpected;
        }

        private void NextSegment()
        {
            _chainIndex++;
            _offset = -1;
        }
    }
}

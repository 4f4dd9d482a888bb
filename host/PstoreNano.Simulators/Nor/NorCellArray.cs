using System;
using System.Collections.Generic;

namespace PstoreNano.Simulators.Nor
{
    /// <summary>
    /// The memory cells of a simulated NOR chip: programs clear bits (AND), erases set whole sectors to
    /// 0xFF, every 4 KiB sector counts its erases, and interrupted operations leave what real cells leave.
    /// <para>
    /// Wear: a sector erased more often than <see cref="EnduranceLimit"/> is worn out. Its erases still
    /// take the normal time and report success, but each one leaves one random bit of the sector stuck at
    /// 0, so the sector no longer reads fully erased: exactly what an erased-check before programming or
    /// a record checksum must catch. Worn sectors never heal.
    /// </para>
    /// <para>
    /// Power loss: a torn page program keeps the bytes already programmed (in the order the chip
    /// programs them) and the byte in flight with a random subset of its to-be-cleared bits cleared. A
    /// torn erase leaves each byte erased, old or unstable; an unstable byte reads as its old value with a
    /// fresh random subset of its 0 bits read as 1 on every read, until the next erase of its sector.
    /// </para>
    /// </summary>
    public sealed class NorCellArray
    {
        /// <summary>Sector size used for erase counting.</summary>
        public const int SectorSize = 4096;

        // Share of the bytes of a torn erase left unstable, whatever the progress.
        private const double UnstableShare = 0.1;

        private readonly byte[] _data;
        private readonly int[] _eraseCounts;
        private readonly HashSet<int> _unstable = new HashSet<int>();
        private Random _random;

        /// <summary>Creates erased cells.</summary>
        public NorCellArray(int capacity, int seed)
        {
            _data = new byte[capacity];
            _eraseCounts = new int[capacity / SectorSize];
            _random = new Random(seed);
            _data.AsSpan().Fill(0xFF);
            EnduranceLimit = 100000;
        }

        /// <summary>Erase cycles a sector survives (100k for the modelled parts).</summary>
        public int EnduranceLimit { get; set; }

        /// <summary>The stable contents (unstable bytes hold their old value here).</summary>
        public byte[] Data { get { return _data; } }

        /// <summary>Number of bytes currently unstable.</summary>
        public int UnstableCount { get { return _unstable.Count; } }

        /// <summary>Times sector <paramref name="sector"/> (address / 4096) was erased.</summary>
        public int EraseCount(int sector)
        {
            return _eraseCounts[sector];
        }

        /// <summary>The highest erase count of any sector.</summary>
        public int MaxEraseCount()
        {
            int max = 0;
            for (int i = 0; i < _eraseCounts.Length; i++)
            {
                max = _eraseCounts[i] > max ? _eraseCounts[i] : max;
            }

            return max;
        }

        /// <summary>Reseeds the random source of torn operations, unstable reads and wear.</summary>
        public void Reseed(int seed)
        {
            _random = new Random(seed);
        }

        /// <summary>Reads cells as the chip senses them now.</summary>
        public void Read(int address, byte[] buffer, int offset, int count)
        {
            Array.Copy(_data, address, buffer, offset, count);
            if (_unstable.Count == 0)
            {
                return;
            }

            for (int i = 0; i < count; i++)
            {
                if (_unstable.Contains(address + i))
                {
                    byte old = _data[address + i];
                    buffer[offset + i] = (byte)(old | (_random.Next(256) & ~old));
                }
            }
        }

        /// <summary>
        /// Programs the latched bytes of one page, starting at column <paramref name="startColumn"/> and
        /// wrapping inside the page; with <paramref name="progress"/> below 1 only that share lands.
        /// </summary>
        public void ProgramPage(int pageBase, byte[] latch, bool[] latched, int startColumn, double progress)
        {
            int total = 0;
            for (int c = 0; c < latch.Length; c++)
            {
                total += latched[c] ? 1 : 0;
            }

            int landed = progress >= 1 ? total : (int)(progress * total);
            int done = 0;
            for (int k = 0; k < latch.Length && done <= landed && done < total; k++)
            {
                int column = (startColumn + k) % latch.Length;
                if (!latched[column])
                {
                    continue;
                }

                int address = pageBase + column;
                byte old = _data[address];
                if (done < landed)
                {
                    _data[address] = (byte)(old & latch[column]);
                }
                else
                {
                    // The byte in flight: some of the bits it clears are cleared already.
                    int clearing = old & ~latch[column];
                    _data[address] = (byte)(old & ~(clearing & _random.Next(256)));
                }

                done++;
            }
        }

        /// <summary>
        /// Erases [address, address + size) (whole sectors); with <paramref name="progress"/> below 1 the
        /// erase is torn. Returns the number of worn-out sectors that got a stuck bit.
        /// </summary>
        public int Erase(int address, int size, double progress)
        {
            int worn = 0;
            for (int sector = address / SectorSize; sector < (address + size) / SectorSize; sector++)
            {
                _eraseCounts[sector]++;
                int start = sector * SectorSize;
                if (progress >= 1)
                {
                    _data.AsSpan(start, SectorSize).Fill(0xFF);
                    if (_unstable.Count > 0)
                    {
                        _unstable.RemoveWhere(a => a >= start && a < start + SectorSize);
                    }

                    if (_eraseCounts[sector] > EnduranceLimit)
                    {
                        int victim = start + _random.Next(SectorSize);
                        _data[victim] = (byte)(_data[victim] & ~(1 << _random.Next(8)));
                        worn++;
                    }
                }
                else
                {
                    TearSector(start, progress);
                }
            }

            return worn;
        }

        private void TearSector(int start, double progress)
        {
            for (int a = start; a < start + SectorSize; a++)
            {
                double r = _random.NextDouble();
                if (r < UnstableShare)
                {
                    _unstable.Add(a);
                }
                else if (r < UnstableShare + (1 - UnstableShare) * progress)
                {
                    _data[a] = 0xFF;
                    _unstable.Remove(a);
                }
            }
        }
    }
}

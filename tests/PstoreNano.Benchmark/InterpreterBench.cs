using System;
using PstoreNano.Config;
using PstoreNano.Devices;
using PstoreNano.Engine;
using PstoreNano.Records;
using PstoreNano.Testing;
using PstoreNano.Zones;

namespace PstoreNano.Benchmark
{
    /// <summary>
    /// What the engine costs per byte on the interpreter that runs it, against a baseline measured in the
    /// same run: Array.Copy of the same bytes plus a CRC-32 over them (the least any store must do with a
    /// byte). Ratios, not times: the host is not an ESP32, but both sides run on the same interpreter.
    /// </summary>
    public sealed class InterpreterBench
    {
        private readonly int _rounds;

        /// <summary>Measure on <see cref="CopyDevice"/> (the engine's own cost) instead of MemoryFlashDevice.</summary>
        public bool CopyOnly;

        /// <summary>A run of <paramref name="rounds"/> operations per measurement.</summary>
        public InterpreterBench(int rounds)
        {
            _rounds = rounds;
        }

        /// <summary>Ticks (100 ns) per byte of Array.Copy + CRC-32 over <paramref name="bytes"/>-byte buffers.</summary>
        public long BaselineTicksPer1000Bytes(int bytes)
        {
            byte[] source = Pattern(bytes);
            byte[] target = new byte[bytes];
            long start = DateTime.UtcNow.Ticks;
            uint sink = 0;
            for (int i = 0; i < _rounds; i++)
            {
                Array.Copy(source, 0, target, 0, bytes);
                sink ^= Crc32.Compute(target, 0, bytes);
            }

            return PerThousand(DateTime.UtcNow.Ticks - start + (sink == 1 ? 1 : 0), (long)_rounds * bytes);
        }

        /// <summary>Ticks per 1000 bytes of Pstore.Log with a 57-byte line (58 with its newline).</summary>
        public long LogTicksPer1000Bytes()
        {
            Pstore store = Mount(NewDevice(256 * 1024), 0);
            string line = "pump 2: pressure 3.14 bar, valve open, flow 12.5 l/min ok";
            long start = DateTime.UtcNow.Ticks;
            for (int i = 0; i < _rounds; i++)
            {
                store.Log(line);
            }

            return PerThousand(DateTime.UtcNow.Ticks - start, (long)_rounds * (line.Length + 1));
        }

        /// <summary>Ticks per 1000 bytes of 64-byte (or other) pmsg writes.</summary>
        public long PmsgWriteTicksPer1000Bytes(int bytes)
        {
            Pstore store = Mount(NewDevice(256 * 1024), 0);
            byte[] data = Pattern(bytes);
            long start = DateTime.UtcNow.Ticks;
            for (int i = 0; i < _rounds; i++)
            {
                store.WritePmsg(data, 0, bytes);
            }

            return PerThousand(DateTime.UtcNow.Ticks - start, (long)_rounds * bytes);
        }

        /// <summary>Ticks per 1000 bytes of a panic dump that fills a 4 KiB zone (least of three).</summary>
        public long DumpTicksPer1000Bytes(out int recordBytes)
        {
            long least = long.MaxValue;
            recordBytes = 0;
            for (int round = 0; round < 3; round++)
            {
                IZoneDevice flash = NewDevice(64 * 1024);
                Pstore store = Mount(flash, 4096);
                for (int i = 0; i < 120; i++)
                {
                    store.LogKmsg("sensor reading " + i + " within limits");
                }

                long start = DateTime.UtcNow.Ticks;
                store.Dump(DumpReason.Panic, "System.InvalidOperationException", "the pump stalled", "   at Pump.Run()");
                long spent = DateTime.UtcNow.Ticks - start;
                PstoreRecord[] records = Mount(flash, 4096).ListRecords();
                recordBytes = records.Length > 0 ? records[0].Size : 0;
                if (spent < least)
                {
                    least = spent;
                }
            }

            return PerThousand(least, recordBytes == 0 ? 1 : recordBytes);
        }

        /// <summary>
        /// Bytes read by listing the records of a partition whose pmsg ring is full, and bytes read to read
        /// the pmsg record once, against the record bytes listed.
        /// </summary>
        public void ReadCosts(out long listed, out long listRead, out long record, out long recordRead)
        {
            MemoryFlashDevice flash = new MemoryFlashDevice(256 * 1024, 256, 4096, "pstore_mem");
            Pstore store = Mount(flash, 0);
            byte[] data = Pattern(200);
            for (int i = 0; i < 600; i++)
            {
                store.WritePmsg(data, 0, data.Length);
            }

            store.Dump(DumpReason.Oops, "System.Exception", "listed", null);
            store = Mount(flash, 0);
            flash.ResetCounters();
            PstoreRecord[] records = store.ListRecords();
            listRead = flash.BytesRead;
            listed = 0;
            PstoreRecord pmsg = null;
            for (int i = 0; i < records.Length; i++)
            {
                listed += records[i].Size;
                if (records[i].Type == RecordType.Pmsg)
                {
                    pmsg = records[i];
                }
            }

            record = pmsg == null ? 0 : pmsg.Size;
            flash.ResetCounters();
            byte[] piece = new byte[512];
            for (int position = 0; pmsg != null; )
            {
                int n = store.ReadRecord(pmsg, position, piece, 0, piece.Length);
                if (n == 0)
                {
                    break;
                }

                position += n;
            }

            recordRead = flash.BytesRead;
        }

        // 0 for kmsgSize: the 256 KiB partitions of the pmsg measurements (128 KiB ring, 16 KiB zones);
        // otherwise the 64 KiB partition of the dump (16 KiB ring, zones of kmsgSize).
        private IZoneDevice NewDevice(int size)
        {
            return CopyOnly ? (IZoneDevice)new CopyDevice(size) : new MemoryFlashDevice(size, 256, 4096, "pstore_mem");
        }

        private static Pstore Mount(IZoneDevice flash, int kmsgSize)
        {
            PstoreConfig config = PstoreConfig.Defaults();
            config.PmsgSize = kmsgSize == 0 ? 128 * 1024 : 16 * 1024;
            config.KmsgSize = kmsgSize == 0 ? 16 * 1024 : kmsgSize;
            config.KmsgRamSize = 4096;
            config.PmsgBufferSize = 0;
            return Pstore.Mount(flash, config, new NoWallClock());
        }

        private static byte[] Pattern(int bytes)
        {
            byte[] data = new byte[bytes];
            for (int i = 0; i < bytes; i++)
            {
                data[i] = (byte)('a' + i % 26);
            }

            return data;
        }

        private static long PerThousand(long ticks, long bytes)
        {
            return bytes == 0 ? 0 : ticks * 1000 / bytes;
        }
    }
}

using System;
using System.Collections.Generic;
using PstoreNano.Config;
using PstoreNano.Devices;
using PstoreNano.Records;
using PstoreNano.Testing;

namespace PstoreNano.Simulators.Campaign
{
    /// <summary>
    /// The scripted workload of the engine power-cut sweep: pmsg appends from 1 byte to twice a page across
    /// ring wrap, crash dumps, record erases and remounts over several boots. It runs the same way every time,
    /// so a cut after step k of the device always lands at the same byte of the same operation. Every mount
    /// is a reboot: the workload asks its reboot callback for the device to mount (the same object for a RAM
    /// device; a new driver and zone device over the same chip for NOR, whose zone device refuses erases
    /// after a dump's panic take-over).
    /// </summary>
    public sealed class EngineWorkload
    {
        public const int PartitionSize = 20 * 1024;

        private readonly Func<IZoneDevice> _reboot;
        private readonly PstoreConfig _config;
        private readonly Dictionary<uint, int> _bootFirstWrite = new Dictionary<uint, int>();
        private Pstore _store;

        /// <summary>The workload over one device that a reboot leaves as it is, with <see cref="Config"/>.</summary>
        public EngineWorkload(IZoneDevice device)
            : this(() => device, Config())
        {
        }

        /// <summary>The workload over the device <paramref name="reboot"/> returns at every boot.</summary>
        public EngineWorkload(Func<IZoneDevice> reboot, PstoreConfig config)
        {
            _reboot = reboot;
            _config = config;
        }

        public SweepModel Model { get; } = new SweepModel();

        /// <summary>Multiplies the pmsg writes of every boot (30, 20 and 10), so a larger ring wraps as often.</summary>
        public int WriteRounds { get; set; } = 1;

        /// <summary>Description of the operation under way (for failure messages).</summary>
        public string CurrentOperation { get; private set; } = "";

        /// <summary>pmsg 12 KiB (three 4 KiB segments), two 4 KiB dmesg zones, Oops and Panic kept.</summary>
        public static PstoreConfig Config()
        {
            PstoreConfig c = PstoreConfig.Defaults();
            c.PmsgSize = 12 * 1024;
            c.KmsgSize = 4 * 1024;
            c.MaxReason = 2;
            c.KmsgRamSize = 1024;
            c.PmsgBufferSize = 0;
            return c;
        }

        public static MemoryFlashDevice NewDevice()
        {
            return new MemoryFlashDevice(PartitionSize, 256, 4096, "pstore_mem");
        }

        /// <summary>Runs the whole script; a power cut escapes as PowerCutException with the model describing it.</summary>
        public void Run(bool recordDumpTexts)
        {
            Mount();
            int writeIndex = 0;
            for (int boot = 0; boot < 3; boot++)
            {
                int writes = (boot == 0 ? 30 : boot == 1 ? 20 : 10) * WriteRounds;
                for (int i = 0; i < writes; i++)
                {
                    Write(writeIndex++);
                    if (i % 7 == 0)
                    {
                        _store.LogKmsg("kmsg line " + writeIndex + " of boot " + boot);
                    }
                }

                if (boot == 0)
                {
                    Dump(DumpReason.Oops, "sensor bus timeout", recordDumpTexts);
                }
                else if (boot == 1)
                {
                    EraseOldestPmsgBoot();
                    Dump(DumpReason.Panic, "watchdog starved", recordDumpTexts);
                }
                else
                {
                    EraseOldestDmesg();
                    Write(writeIndex++);
                }

                Mount();
            }
        }

        private void Mount()
        {
            CurrentOperation = "mount";
            _store = Pstore.Mount(_reboot(), _config, new PstoreNano.Engine.NoWallClock());
            _bootFirstWrite[_store.BootNumber] = Model.AckedWrites.Count;
        }

        private void Write(int index)
        {
            int size = 1 + (index * 97) % 512;
            byte[] data = new byte[size];
            for (int j = 0; j < size; j++)
            {
                data[j] = (byte)(index * 31 + j);
            }

            CurrentOperation = "pmsg write #" + index + " of " + size + " bytes";
            Model.WritePmsg(_store, data);
        }

        private void Dump(DumpReason reason, string message, bool recordText)
        {
            uint counter = NextCounter(_store, reason);
            string key = reason + "#" + counter;
            CurrentOperation = "dump " + key;
            Model.InFlightDump = key;
            bool stored = _store.Dump(reason, "System.InvalidOperationException", message,
                "   at Greenhouse.Pump.Run()\n   at Greenhouse.Program.Main()");
            if (!stored && _store.LastDumpFailure is PowerCutException)
            {
                // Dump returns false on any device failure; the cut ends the workload as it ends the board.
                throw (PowerCutException)_store.LastDumpFailure;
            }

            if (!stored)
            {
                throw new InvalidOperationException("dump " + key + " was not stored");
            }

            Model.InFlightDump = null;
            Model.NewestDump = key;
            PstoreRecord r = FindDump(_store, key);
            Model.NewestDumpTime = r.TimeSeconds;
            if (recordText)
            {
                Model.DumpTexts[key] = ReadAll(_store, r);
            }
        }

        private void EraseOldestPmsgBoot()
        {
            PstoreRecord oldest = null;
            foreach (PstoreRecord r in _store.ListRecords())
            {
                if (r.Type == RecordType.Pmsg && (oldest == null || r.BootNumber < oldest.BootNumber))
                {
                    oldest = r;
                }
            }

            if (oldest == null)
            {
                return;
            }

            // Erasing a boot drops its writes and every earlier boot's: all writes before the next boot's first.
            // (When wrap has already dropped boot 0, the oldest boot is this one.)
            int erasedBefore = Model.AckedWrites.Count;
            foreach (KeyValuePair<uint, int> boot in _bootFirstWrite)
            {
                if (boot.Key > oldest.BootNumber && boot.Value < erasedBefore)
                {
                    erasedBefore = boot.Value;
                }
            }

            CurrentOperation = "erase " + oldest.Name;
            Model.InFlightErasedBefore = erasedBefore;
            _store.EraseRecord(oldest);
            Model.ErasedBefore = Math.Max(Model.ErasedBefore, erasedBefore);
            Model.InFlightErasedBefore = -1;
        }

        private void EraseOldestDmesg()
        {
            PstoreRecord oldest = null;
            foreach (PstoreRecord r in _store.ListRecords())
            {
                if (r.Type == RecordType.Dmesg && (oldest == null || r.TimeSeconds < oldest.TimeSeconds))
                {
                    oldest = r;
                }
            }

            if (oldest == null)
            {
                return;
            }

            CurrentOperation = "erase " + oldest.Name;
            string key = SweepModel.DumpKey(oldest);
            Model.InFlightDumpErase = key;
            _store.EraseRecord(oldest);
            Model.InFlightDumpErase = null;
            if (Model.NewestDump == key)
            {
                Model.NewestDump = null;
            }
        }

        /// <summary>The counter the next dump of <paramref name="reason"/> gets: the largest stored one + 1.</summary>
        public static uint NextCounter(Pstore store, DumpReason reason)
        {
            uint max = 0;
            foreach (PstoreRecord r in store.ListRecords())
            {
                if (r.Type == RecordType.Dmesg && r.Reason == reason && r.Counter > max)
                {
                    max = r.Counter;
                }
            }

            // Counters survive in the zones; this workload never erases a record before its successor exists.
            return max + 1;
        }

        public static PstoreRecord FindDump(Pstore store, string key)
        {
            foreach (PstoreRecord r in store.ListRecords())
            {
                if (r.Type == RecordType.Dmesg && SweepModel.DumpKey(r) == key)
                {
                    return r;
                }
            }

            return null;
        }

        public static byte[] ReadAll(Pstore store, PstoreRecord record)
        {
            List<byte> all = new List<byte>();
            byte[] piece = new byte[333];
            int position = 0;
            while (true)
            {
                int n = store.ReadRecord(record, position, piece, 0, piece.Length);
                if (n == 0)
                {
                    return all.ToArray();
                }

                for (int i = 0; i < n; i++)
                {
                    all.Add(piece[i]);
                }

                position += n;
            }
        }
    }
}

using System;
using nanoFramework.TestFramework;
using PstoreNano.Config;
using PstoreNano.Devices;
using PstoreNano.Engine;
using PstoreNano.Records;
using PstoreNano.Testing;
using PstoreNano.Tests;
using PstoreNano.Zones;

namespace PstoreNano.HostTests.Dmesg
{
    [TestClass]
    public class DumpCostTests
    {
        private const int ZoneSize = 4096;

        // The dump is deterministic: if it allocated, every round would. The runtime's own tiered
        // recompilation now and then charges a few bytes to the thread, so the least of some rounds counts.
        private const int Rounds = 5;

        private static KmsgRing FullLog()
        {
            KmsgRing log = new KmsgRing(8192);
            for (int i = 0; i < 500; i++)
            {
                log.AppendLine("sensor reading " + i + " ok");
            }

            return log;
        }

        private static long MeasureDump(DmesgZones zones, KmsgRing log, Exception e)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            bool stored = zones.WriteDump(DumpReason.Panic, e.GetType().FullName, e.Message, e.StackTrace, log);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.IsTrue(stored);
            return allocated;
        }

        // Dumps on other devices first: JIT, tiered recompilation and first-call costs are not the dump's.
        private static void WarmUp(KmsgRing log, Exception e)
        {
            for (int i = 0; i < 40; i++)
            {
                IZoneDevice warm = i % 2 == 0 ? (IZoneDevice)new MemoryFlashDevice(4 * ZoneSize, 256, 4096, "pstore_nor")
                    : new MemoryBlockDevice(4 * ZoneSize, "pstore_blk");
                DmesgZones zones = DmesgTestKit.Mount(warm, ZoneSize, 2, new SystemWallClock(), new MountReport());
                Assert.IsTrue(zones.WriteDump(DumpReason.Panic, e.GetType().FullName, e.Message, e.StackTrace, log));
            }
        }

        [TestMethod]
        public void FourKibDumpOnFlashAllocatesNothingErasesNothingAndProgramsEachPageOnce()
        {
            Exception e = new InvalidOperationException("the pump stalled \u2013 pressure high");
            KmsgRing log = FullLog();
            WarmUp(log, e);

            MemoryFlashDevice flash = null;
            DmesgZones zones = null;
            long allocated = long.MaxValue;
            for (int round = 0; round < Rounds; round++)
            {
                flash = new MemoryFlashDevice(4 * ZoneSize, 256, 4096, "pstore_nor");
                zones = DmesgTestKit.Mount(flash, ZoneSize, 2, new SystemWallClock(), new MountReport());
                flash.ResetCounters();
                allocated = Math.Min(allocated, MeasureDump(zones, log, e));
            }

            OutputHelper.WriteLine("4 KiB dump on NOR: heap bytes " + allocated + ", page programs " + flash.PagePrograms +
                ", program calls " + flash.ProgramOps + ", erases " + flash.EraseOps + ", bytes programmed " + flash.BytesProgrammed);
            Assert.AreEqual(0, allocated);
            Assert.AreEqual(0, flash.EraseOps);
            // 16 pages of the zone, each programmed once, plus the 4-byte signature that commits the record.
            Assert.AreEqual(ZoneSize / 256 + 1, flash.PagePrograms);
            Assert.AreEqual(ZoneSize / 256 + 1, flash.ProgramOps);
            Assert.AreEqual(0, flash.ReadOps);
            // Every byte of the record once, nothing past datalen: whole log lines leave a few bytes over.
            PstoreRecord record = DmesgTestKit.List(zones)[0];
            Assert.AreEqual(52 + record.StoredLength, flash.BytesProgrammed);
            Assert.IsTrue(flash.BytesProgrammed > ZoneSize - 30);
        }

        [TestMethod]
        public void DumpOnBlockDeviceAllocatesNothingAndWritesEachSectorOnce()
        {
            Exception e = new ArgumentException("bad argument");
            KmsgRing log = FullLog();
            WarmUp(log, e);

            MemoryBlockDevice block = null;
            long allocated = long.MaxValue;
            for (int round = 0; round < Rounds; round++)
            {
                block = new MemoryBlockDevice(4 * ZoneSize, "pstore_blk");
                DmesgZones zones = DmesgTestKit.Mount(block, ZoneSize, 2, new NoWallClock(), new MountReport());
                block.ResetCounters();
                allocated = Math.Min(allocated, MeasureDump(zones, log, e));
            }

            OutputHelper.WriteLine("4 KiB dump on block: heap bytes " + allocated + ", sector programs " + block.PagePrograms +
                ", erases " + block.EraseOps);
            Assert.AreEqual(0, allocated);
            Assert.AreEqual(0, block.EraseOps);
            Assert.AreEqual(ZoneSize / 512 + 1, block.PagePrograms);
        }

        [TestMethod]
        public void PstoreDumpAllocatesNothing()
        {
            PstoreConfig config = PstoreConfig.Defaults();
            config.KmsgSize = ZoneSize;
            config.PmsgSize = 0;
            config.KmsgRamSize = 4096;
            Exception e = new InvalidOperationException("stalled");
            MemoryFlashDevice warm = new MemoryFlashDevice(4 * ZoneSize, 256, 4096, "pstore_nor");
            Pstore first = Pstore.Mount(warm, config, new NoWallClock());
            first.Log("warm");
            Assert.IsTrue(first.Dump(DumpReason.Panic, e));

            Pstore store = null;
            long allocated = long.MaxValue;
            for (int round = 0; round < Rounds; round++)
            {
                store = Pstore.Mount(new MemoryFlashDevice(4 * ZoneSize, 256, 4096, "pstore_nor"), config, new NoWallClock());
                for (int i = 0; i < 300; i++)
                {
                    store.Log("line " + i);
                }

                string type = e.GetType().FullName;
                string message = e.Message;
                long before = GC.GetAllocatedBytesForCurrentThread();
                bool stored = store.Dump(DumpReason.Panic, type, message, null);
                allocated = Math.Min(allocated, GC.GetAllocatedBytesForCurrentThread() - before);
                Assert.IsTrue(stored);
            }

            Assert.AreEqual(0, allocated);

            PstoreRecord[] records = store.ListRecords();
            Assert.AreEqual(1, records.Length);
            Assert.AreEqual("dmesg-pstore_nor-0", records[0].Name);
            byte[] all = new byte[records[0].Size];
            Assert.AreEqual(all.Length, store.ReadRecord(records[0], 0, all, 0, all.Length));
            string text = PstoreNano.Text.Utf8.Decode(all, 0, all.Length);
            Assert.IsTrue(text.StartsWith("Panic: Total 1 times\nPanic#1 Part1\nSystem.InvalidOperationException: stalled\n"), text);
            Assert.IsTrue(text.EndsWith("\nline 299\n"));
        }

        [TestMethod]
        public void AppendLineAllocatesNothing()
        {
            KmsgRing ring = new KmsgRing(1024);
            string line = "a log line with \u00e9 and \u20ac that is longer than one encode piece of sixty-four bytes";
            for (int i = 0; i < 1000; i++)
            {
                ring.AppendLine(line);
            }

            long allocated = long.MaxValue;
            for (int round = 0; round < Rounds; round++)
            {
                long before = GC.GetAllocatedBytesForCurrentThread();
                ring.AppendLine(line);
                ring.AppendLine(line);
                allocated = Math.Min(allocated, GC.GetAllocatedBytesForCurrentThread() - before);
            }

            Assert.AreEqual(0, allocated);
        }
    }
}

using System;
using nanoFramework.TestFramework;
using PstoreNano.Config;
using PstoreNano.Devices;
using PstoreNano.Engine;
using PstoreNano.Records;
using PstoreNano.Tests;
using PstoreNano.Zones;

namespace PstoreNano.HostTests.Dmesg
{
    [TestClass]
    public class DumpCostTests
    {
        private const int ZoneSize = 4096;

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

        [TestMethod]
        public void FourKibDumpOnFlashAllocatesNothingErasesNothingAndProgramsEachPageOnce()
        {
            Exception e = new InvalidOperationException("the pump stalled \u2013 pressure high");
            KmsgRing log = FullLog();
            // Warm-up on another device: JIT and first-call costs are not the dump's.
            MemoryFlashDevice warm = new MemoryFlashDevice(4 * ZoneSize, 256, 4096, "pstore_nor");
            MeasureDump(DmesgTestKit.Mount(warm, ZoneSize, 2, new SystemWallClock(), new MountReport()), log, e);

            MemoryFlashDevice flash = new MemoryFlashDevice(4 * ZoneSize, 256, 4096, "pstore_nor");
            DmesgZones zones = DmesgTestKit.Mount(flash, ZoneSize, 2, new SystemWallClock(), new MountReport());
            flash.ResetCounters();
            long allocated = MeasureDump(zones, log, e);
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
            MemoryBlockDevice warm = new MemoryBlockDevice(4 * ZoneSize, "pstore_blk");
            MeasureDump(DmesgTestKit.Mount(warm, ZoneSize, 2, new NoWallClock(), new MountReport()), log, e);

            MemoryBlockDevice block = new MemoryBlockDevice(4 * ZoneSize, "pstore_blk");
            DmesgZones zones = DmesgTestKit.Mount(block, ZoneSize, 2, new NoWallClock(), new MountReport());
            block.ResetCounters();
            long allocated = MeasureDump(zones, log, e);
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

            MemoryFlashDevice flash = new MemoryFlashDevice(4 * ZoneSize, 256, 4096, "pstore_nor");
            Pstore store = Pstore.Mount(flash, config, new NoWallClock());
            for (int i = 0; i < 300; i++)
            {
                store.Log("line " + i);
            }

            string type = e.GetType().FullName;
            string message = e.Message;
            long before = GC.GetAllocatedBytesForCurrentThread();
            bool stored = store.Dump(DumpReason.Panic, type, message, null);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
            Assert.IsTrue(stored);
            Assert.AreEqual(0, allocated);
        }
    }
}

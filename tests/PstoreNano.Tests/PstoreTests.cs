using System;
using nanoFramework.TestFramework;
using PstoreNano.Config;
using PstoreNano.Engine;
using PstoreNano.Records;
using PstoreNano.Testing;
using PstoreNano.Text;

namespace PstoreNano.Tests
{
    /// <summary>The public API end to end: log, crash, reboot, read back, erase.</summary>
    [TestClass]
    public class PstoreTests
    {
        [TestMethod]
        public void FreshPartitionHasNoRecords()
        {
            Pstore store = Pstore.Mount(StoreKit.NewDevice(), StoreKit.SmallConfig(), new NoWallClock());
            Assert.AreEqual(0, store.ListRecords().Length);
            Assert.AreEqual(0, store.Report.DmesgRecords);
            Assert.AreEqual(0, store.Report.PmsgBytes);
        }

        [TestMethod]
        public void CrashDumpAndLogSurviveAReboot()
        {
            MemoryFlashDevice device = StoreKit.NewDevice();
            Pstore store = Pstore.Mount(device, StoreKit.SmallConfig(), new NoWallClock());
            store.Log("sensor: 21.5 C");
            store.Log("pump: valve 2 open");
            Assert.IsTrue(store.Dump(DumpReason.Panic, "System.InvalidOperationException", "bus lost", "   at Pump.Run()"));

            Pstore after = Pstore.Mount(device, StoreKit.SmallConfig(), new NoWallClock());
            PstoreRecord[] records = after.ListRecords();
            Assert.AreEqual(2, records.Length);

            PstoreRecord dump = records[0];
            Assert.AreEqual(RecordType.Dmesg, dump.Type);
            Assert.AreEqual(DumpReason.Panic, dump.Reason);
            Assert.AreEqual(1, (int)dump.Counter);
            Assert.AreEqual("dmesg-pstore_mem-0", dump.Name);
            string text = ReadText(after, dump);
            Assert.IsTrue(text.StartsWith("Panic: Total 1 times\nPanic#1 Part1\n"), text);
            Assert.IsTrue(text.IndexOf("System.InvalidOperationException: bus lost\n   at Pump.Run()") > 0, text);
            Assert.IsTrue(text.IndexOf("sensor: 21.5 C\npump: valve 2 open\n") > 0, text);
            Assert.AreEqual(dump.Size, Utf8.ByteCount(text));

            PstoreRecord log = records[1];
            Assert.AreEqual(RecordType.Pmsg, log.Type);
            Assert.AreEqual(store.BootNumber, log.BootNumber);
            Assert.AreEqual("pmsg-pstore_mem-" + store.BootNumber, log.Name);
            Assert.AreEqual("sensor: 21.5 C\npump: valve 2 open\n", ReadText(after, log));
            Assert.AreEqual(store.BootNumber + 1, after.BootNumber);
        }

        [TestMethod]
        public void PanicAfterAnOopsInTheSameBootFindsAReadyZone()
        {
            // Two dmesg zones: after the second Oops both hold records, and only the erase that follows
            // an Oops dump leaves a zone ready for the panic.
            MemoryFlashDevice device = new MemoryFlashDevice(24 * 1024, 256, 4096, "pstore_mem");
            PstoreConfig config = StoreKit.SmallConfig();
            config.PmsgSize = 8 * 1024;
            Pstore store = Pstore.Mount(device, config, new NoWallClock());
            Assert.IsTrue(store.Dump(DumpReason.Oops, "System.Exception", "first oops", null));
            store = Pstore.Mount(device, config, new NoWallClock());
            Assert.IsTrue(store.Dump(DumpReason.Oops, "System.Exception", "second oops", null));
            Assert.IsTrue(store.Dump(DumpReason.Panic, "System.Exception", "then the panic", null));

            PstoreRecord[] records = store.ListRecords();
            Assert.AreEqual(2, records.Length, "the oldest Oops made room for the panic");
            Assert.AreEqual(DumpReason.Panic, records[0].Reason);
            Assert.AreEqual(DumpReason.Oops, records[1].Reason);
            Assert.AreEqual(2, (int)records[1].Counter);
        }

        [TestMethod]
        public void DumpAboveMaxReasonStoresNothing()
        {
            MemoryFlashDevice device = StoreKit.NewDevice();
            Pstore store = Pstore.Mount(device, StoreKit.SmallConfig(), new NoWallClock());
            Assert.IsFalse(store.Dump(DumpReason.Shutdown, "System.Exception", "going down", null));
            Assert.AreEqual(0, Pstore.Mount(device, StoreKit.SmallConfig(), new NoWallClock()).ListRecords().Length);
        }

        [TestMethod]
        public void WriteBackBufferReachesFlashOnFlushOrDump()
        {
            MemoryFlashDevice device = StoreKit.NewDevice();
            PstoreConfig config = StoreKit.SmallConfig();
            config.PmsgBufferSize = 64;
            Pstore store = Pstore.Mount(device, config, new NoWallClock());
            store.WritePmsg("buffered line\n");
            Assert.AreEqual(0, Pstore.Mount(Copy(device), config, new NoWallClock()).ListRecords().Length,
                "buffered bytes are not on flash yet");
            store.FlushPmsg();
            Assert.AreEqual("buffered line\n", ReadOnlyPmsg(Pstore.Mount(Copy(device), config, new NoWallClock())));

            store.WritePmsg("last words\n");
            store.Dump(DumpReason.Panic, "System.Exception", "boom", null);
            Assert.AreEqual("buffered line\nlast words\n", ReadOnlyPmsg(Pstore.Mount(device, config, new NoWallClock())));
        }

        [TestMethod]
        public void KmsgOnlyLinesReachTheDumpButNotPmsg()
        {
            MemoryFlashDevice device = StoreKit.NewDevice();
            Pstore store = Pstore.Mount(device, StoreKit.SmallConfig(), new NoWallClock());
            store.Log("on flash");
            store.LogKmsg("in RAM until the dump");
            Assert.IsTrue(store.Dump(DumpReason.Oops, "System.Exception", "oops", null));

            Pstore after = Pstore.Mount(device, StoreKit.SmallConfig(), new NoWallClock());
            string dump = ReadText(after, after.ListRecords()[0]);
            Assert.IsTrue(dump.IndexOf("on flash\nin RAM until the dump\n") > 0, dump);
            Assert.AreEqual("on flash\n", ReadOnlyPmsg(after));
        }

        [TestMethod]
        public void EraseAllLeavesNoRecordsAcrossReboot()
        {
            MemoryFlashDevice device = StoreKit.NewDevice();
            Pstore store = Pstore.Mount(device, StoreKit.SmallConfig(), new NoWallClock());
            store.Log("one");
            store.Dump(DumpReason.Oops, "System.Exception", "oops", null);
            store = Pstore.Mount(device, StoreKit.SmallConfig(), new NoWallClock());
            Assert.AreEqual(2, store.ListRecords().Length);
            store.EraseAll();
            Assert.AreEqual(0, store.ListRecords().Length);
            Assert.AreEqual(0, Pstore.Mount(device, StoreKit.SmallConfig(), new NoWallClock()).ListRecords().Length);
        }

        [TestMethod]
        public void PmsgDisabledRefusesWritesClearly()
        {
            PstoreConfig config = StoreKit.SmallConfig();
            config.PmsgSize = 0;
            Pstore store = Pstore.Mount(StoreKit.NewDevice(), config, new NoWallClock());
            Assert.ThrowsException(typeof(InvalidOperationException), () => store.WritePmsg("x"));
            Assert.IsTrue(store.Dump(DumpReason.Oops, "System.Exception", "still dumps", null));
        }

        [TestMethod]
        public void BadArgumentsAreRefused()
        {
            Pstore store = Pstore.Mount(StoreKit.NewDevice(), StoreKit.SmallConfig(), new NoWallClock());
            Assert.ThrowsException(typeof(ArgumentNullException), () => store.WritePmsg(null, 0, 0));
            Assert.ThrowsException(typeof(ArgumentOutOfRangeException), () => store.WritePmsg(new byte[4], 2, 3));
            Assert.ThrowsException(typeof(ArgumentNullException), () => Pstore.Mount(null, StoreKit.SmallConfig()));
            Assert.ThrowsException(typeof(ArgumentNullException), () => store.LogKmsg(null));
        }

        private static MemoryFlashDevice Copy(MemoryFlashDevice device)
        {
            return new MemoryFlashDevice(device.Data, device.PageSize, device.EraseSize, device.Name);
        }

        private static string ReadOnlyPmsg(Pstore store)
        {
            PstoreRecord found = null;
            foreach (PstoreRecord r in store.ListRecords())
            {
                if (r.Type == RecordType.Pmsg)
                {
                    Assert.IsNull(found, "one boot wrote pmsg, so one pmsg record");
                    found = r;
                }
            }

            Assert.IsNotNull(found, "no pmsg record");
            return ReadText(store, found);
        }

        internal static string ReadText(Pstore store, PstoreRecord record)
        {
            byte[] all = new byte[record.Size];
            int position = 0;
            byte[] piece = new byte[100];
            while (true)
            {
                int n = store.ReadRecord(record, position, piece, 0, piece.Length);
                if (n == 0)
                {
                    break;
                }

                Array.Copy(piece, 0, all, position, n);
                position += n;
            }

            Assert.AreEqual(record.Size, position);
            return Utf8.Decode(all, 0, position);
        }
    }
}

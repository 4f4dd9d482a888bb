using System;
using nanoFramework.TestFramework;
using PstoreNano.Config;
using PstoreNano.Engine;
using PstoreNano.Records;
using PstoreNano.Testing;

namespace PstoreNano.Tests
{
    /// <summary>Dispose: buffered pmsg reaches flash, the device is released once, later use is refused.</summary>
    [TestClass]
    public class PstoreDisposeTests
    {
        [TestMethod]
        public void DisposeReleasesTheDeviceOnce()
        {
            DisposableDevice device = new DisposableDevice();
            Pstore store = Pstore.Mount(device, Config(0), new NoWallClock());
            store.Log("running");
            Assert.AreEqual(0, device.Disposals);

            store.Dispose();
            Assert.AreEqual(1, device.Disposals);
            store.Dispose();
            Assert.AreEqual(1, device.Disposals, "a second Dispose does nothing");
        }

        [TestMethod]
        public void EveryMethodRefusesADisposedStore()
        {
            MemoryFlashDevice device = StoreKit.NewDevice();
            Pstore store = Pstore.Mount(device, Config(0), new NoWallClock());
            store.Log("one line");
            PstoreRecord record = store.ListRecords()[0];
            uint boot = store.BootNumber;
            store.Dispose();

            Type disposed = typeof(ObjectDisposedException);
            Assert.ThrowsException(disposed, () => store.Log("late"));
            Assert.ThrowsException(disposed, () => store.LogKmsg("late"));
            Assert.ThrowsException(disposed, () => store.WritePmsg("late"));
            Assert.ThrowsException(disposed, () => store.WritePmsg(new byte[4], 0, 4));
            Assert.ThrowsException(disposed, () => store.FlushPmsg());
            // Dump never throws (a crash handler must reach its reboot): it refuses and says why.
            Assert.IsFalse(store.Dump(DumpReason.Oops, "System.Exception", "late", null));
            Assert.IsTrue(store.LastDumpFailure is ObjectDisposedException, "the refusal is kept");
            Assert.IsFalse(store.Dump(DumpReason.Panic, new InvalidOperationException("late")));
            Assert.ThrowsException(disposed, () => store.ListRecords());
            Assert.ThrowsException(disposed, () => store.ReadRecord(record, 0, new byte[8], 0, 8));
            Assert.ThrowsException(disposed, () => store.EraseRecord(record));
            Assert.ThrowsException(disposed, () => store.EraseAll());
            Assert.AreEqual(boot, store.BootNumber, "properties still answer");
        }

        [TestMethod]
        public void DisposeWritesBufferedPmsgAndTheDeviceMountsAgain()
        {
            MemoryFlashDevice device = StoreKit.NewDevice();
            Pstore store = Pstore.Mount(device, Config(64), new NoWallClock());
            store.WritePmsg("still in the buffer\n");
            store.Dispose();

            Pstore again = Pstore.Mount(device, Config(64), new NoWallClock());
            PstoreRecord[] records = again.ListRecords();
            Assert.AreEqual(1, records.Length);
            Assert.AreEqual(RecordType.Pmsg, records[0].Type);
            Assert.AreEqual("still in the buffer\n".Length, records[0].Size);
            again.Dispose();
        }

        private static PstoreConfig Config(int pmsgBuffer)
        {
            PstoreConfig c = StoreKit.SmallConfig();
            c.PmsgBufferSize = pmsgBuffer;
            return c;
        }
    }
}

using System.Threading;
using nanoFramework.TestFramework;
using PstoreNano.Config;
using PstoreNano.Devices;
using PstoreNano.Engine;
using PstoreNano.Records;
using PstoreNano.Testing;

namespace PstoreNano.HostTests.Engine
{
    /// <summary>The panic path does not wait for a thread that is stuck inside the engine.</summary>
    [TestClass]
    public class PanicTakeOverTests
    {
        [TestMethod]
        public void PanicDumpProceedsWhileAnotherThreadIsStuckInAPmsgWrite()
        {
            MemoryFlashDevice flash = new MemoryFlashDevice(64 * 1024, 256, 4096, "pstore_mem");
            StallingDevice device = new StallingDevice(flash);
            PstoreConfig config = PstoreConfig.Defaults();
            config.PmsgSize = 16 * 1024;
            config.KmsgSize = 8 * 1024;
            Pstore store = Pstore.Mount(device, config, new NoWallClock());

            device.StallNextProgram();
            Thread writer = new Thread(() => store.WritePmsg("this write hangs on a dead bus\n"));
            writer.Start();
            Assert.IsTrue(device.Stalled.WaitOne(5000), "the writer reached the device");

            long start = System.Environment.TickCount64;
            bool stored = store.Dump(DumpReason.Panic, "System.Exception", "watchdog fired", null);
            long waited = System.Environment.TickCount64 - start;
            device.Release();
            writer.Join();

            Assert.IsTrue(stored, "the dump was stored");
            Assert.IsTrue(waited < 2000, "the panic path waited " + waited + " ms");
            Assert.IsTrue(waited >= Pstore.PanicLockWaitMilliseconds - 20, "it first waited for the lock: " + waited + " ms");

            PstoreRecord[] records = Pstore.Mount(flash, config, new NoWallClock()).ListRecords();
            Assert.AreEqual(RecordType.Dmesg, records[0].Type);
            Assert.AreEqual(DumpReason.Panic, records[0].Reason);
        }

        /// <summary>Passes everything through, but can hold one program until released (a hung bus).</summary>
        private sealed class StallingDevice : IZoneDevice
        {
            private readonly IZoneDevice _inner;
            private readonly ManualResetEvent _release = new ManualResetEvent(false);
            private int _stallNext;

            public StallingDevice(IZoneDevice inner)
            {
                _inner = inner;
            }

            public AutoResetEvent Stalled { get; } = new AutoResetEvent(false);

            public string Name { get { return _inner.Name; } }

            public int Size { get { return _inner.Size; } }

            public int PageSize { get { return _inner.PageSize; } }

            public int EraseSize { get { return _inner.EraseSize; } }

            public bool EraseBeforeProgram { get { return _inner.EraseBeforeProgram; } }

            public void StallNextProgram()
            {
                _stallNext = 1;
            }

            public void Release()
            {
                _release.Set();
            }

            public void Read(int address, byte[] buffer, int offset, int count)
            {
                _inner.Read(address, buffer, offset, count);
            }

            public void Program(int address, byte[] buffer, int offset, int count)
            {
                if (Interlocked.Exchange(ref _stallNext, 0) == 1)
                {
                    Stalled.Set();
                    _release.WaitOne();
                }

                _inner.Program(address, buffer, offset, count);
            }

            public void Erase(int address, int count)
            {
                _inner.Erase(address, count);
            }

            public void PanicTakeOver()
            {
                _inner.PanicTakeOver();
            }
        }
    }
}

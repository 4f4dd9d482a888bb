using System;
using nanoFramework.TestFramework;
using PstoreNano.Config;
using PstoreNano.Devices;
using PstoreNano.Testing;
using PstoreNano.Engine;
using PstoreNano.Records;

namespace PstoreNano.Tests
{
    /// <summary>
    /// The panic path as applications call it: Dump(reason, exception) with a real thrown exception, an
    /// exception whose getters fail, a device that fails mid-dump, and dumps raised from inside the store's
    /// own calls. Every case ends with Dump returning, never throwing, and with the records on flash
    /// well-formed.
    /// </summary>
    [TestClass]
    public class PanicPathTests
    {
        [TestMethod]
        public void DumpOfAThrownExceptionRecordsTypeMessageAndStackTrace()
        {
            MemoryFlashDevice flash = NewFlash();
            Pstore store = Pstore.Mount(flash, Config(), new NoWallClock());
            store.Log("pump: pressure 3.1 bar");
            Exception thrown = null;
            try
            {
                OpenValve(3);
            }
            catch (Exception e)
            {
                thrown = e;
                Assert.IsTrue(store.Dump(DumpReason.Panic, e), "the dump was stored");
            }

            string text = OnlyDump(flash);
            OutputHelper.WriteLine("dump of a thrown exception, as this runtime reads it back:\n" + text);
            Assert.IsTrue(text.IndexOf("Panic#1 Part1\nSystem.InvalidOperationException: valve 3 is stuck\n") >= 0, text);
            string stack = thrown.StackTrace;
            if (stack != null && stack.Length > 0)
            {
                Assert.IsTrue(text.IndexOf(stack) > 0, "the stack trace is in the record:\n" + text);
            }

            Assert.IsTrue(text.IndexOf("OpenValve") > 0, "the throwing method is named in the record:\n" + text);
            Assert.IsTrue(text.IndexOf("pump: pressure 3.1 bar\n") > 0, "the log follows: " + text);
        }

        [TestMethod]
        public void ExceptionWhoseGettersThrowStillGivesARecord()
        {
            MemoryFlashDevice flash = NewFlash();
            Pstore store = Pstore.Mount(flash, Config(), new NoWallClock());
            store.Log("last line before the crash");
            Assert.IsTrue(store.Dump(DumpReason.Panic, new UnreadableException()));

            string text = OnlyDump(flash);
            Assert.IsTrue(text.IndexOf("UnreadableException: (exception message not read)\n(stack trace not read)\n") > 0, text);
            Assert.IsTrue(text.IndexOf("last line before the crash\n") > 0, text);
        }

        [TestMethod]
        public void OutOfMemoryDumpNamesItsTypeAndKeepsTheLog()
        {
            MemoryFlashDevice flash = NewFlash();
            Pstore store = Pstore.Mount(flash, Config(), new NoWallClock());
            store.Log("allocating the frame buffer");
            try
            {
                throw new OutOfMemoryException();
            }
            catch (OutOfMemoryException e)
            {
                Assert.IsTrue(store.Dump(DumpReason.Panic, e));
            }

            string text = OnlyDump(flash);
            Assert.IsTrue(text.IndexOf("Panic#1 Part1\nSystem.OutOfMemoryException") > 0, text);
            Assert.IsTrue(text.IndexOf("allocating the frame buffer\n") > 0, text);
        }

        [TestMethod]
        public void DeviceFailingDuringAPanicDumpEndsItWithFalse()
        {
            MemoryFlashDevice flash = NewFlash();
            FaultyDevice device = new FaultyDevice(flash);
            Pstore store = Pstore.Mount(device, Config(), new NoWallClock());
            store.Log("before the fault");
            // The dump's first page program goes through; the signature that would commit it fails.
            device.FailProgramsAfter(1);
            Assert.IsFalse(store.Dump(DumpReason.Panic, new InvalidOperationException("bus lost")), "nothing stored");
            Assert.IsTrue(store.LastDumpFailure is ZoneDeviceException, "the failure is kept for the caller");

            // The half-written zone has no signature: the next boot lists no dump, and mounts cleanly.
            Pstore after = Pstore.Mount(flash, Config(), new NoWallClock());
            Assert.AreEqual(0, CountDumps(after), "a torn dump is no record");
        }

        [TestMethod]
        public void DeviceFailingDuringAnOopsDumpEndsItWithFalse()
        {
            MemoryFlashDevice flash = NewFlash();
            FaultyDevice device = new FaultyDevice(flash);
            Pstore store = Pstore.Mount(device, Config(), new NoWallClock());
            device.FailProgramsAfter(1);
            Assert.IsFalse(store.Dump(DumpReason.Oops, "System.Exception", "sensor gone", null));

            // The store is still usable for the panic that follows, once the device answers again.
            device.FailProgramsAfter(-1);
            store.Log("still logging");
            Assert.AreEqual(0, CountDumps(Pstore.Mount(flash, Config(), new NoWallClock())));
        }

        [TestMethod]
        public void PanicRaisedInsideAPmsgWriteOnTheSameThreadGivesOneRecord()
        {
            MemoryFlashDevice flash = NewFlash();
            FaultyDevice device = new FaultyDevice(flash);
            Pstore store = Pstore.Mount(device, Config(), new NoWallClock());
            store.Log("steady");

            // The device's next program (the pmsg write below) dumps from inside the engine's lock.
            device.DumpOnNextProgram(store, DumpReason.Panic);
            store.Log("this write's device call panics");
            Assert.IsTrue(device.NestedResult, "the nested panic dump was stored");

            Pstore after = Pstore.Mount(flash, Config(), new NoWallClock());
            Assert.AreEqual(1, CountDumps(after));
            Assert.IsTrue(OnlyDump(flash).IndexOf("nested: raised inside a device call") > 0);
            Assert.IsTrue(ReadPmsg(after).IndexOf("this write's device call panics\n") >= 0, "the outer write completed");
        }

        [TestMethod]
        public void PanicRaisedWhileADumpIsBeingWrittenLeavesThatDumpWhole()
        {
            MemoryFlashDevice flash = NewFlash();
            FaultyDevice device = new FaultyDevice(flash);
            Pstore store = Pstore.Mount(device, Config(), new NoWallClock());
            device.DumpOnNextProgram(store, DumpReason.Panic);
            Assert.IsTrue(store.Dump(DumpReason.Panic, "System.Exception", "the first panic", null));
            Assert.IsFalse(device.NestedResult, "the nested panic gave way to the dump in progress");

            string text = OnlyDump(flash);
            Assert.IsTrue(text.IndexOf("System.Exception: the first panic\n") > 0, text);
            Assert.IsTrue(text.IndexOf("nested") < 0, text);
        }

        [TestMethod]
        public void OopsRaisedInsideTheEngineOnTheSameThreadReturnsFalseInsteadOfWaitingForItself()
        {
            FaultyDevice device = new FaultyDevice(NewFlash());
            Pstore store = Pstore.Mount(device, Config(), new NoWallClock());
            device.DumpOnNextProgram(store, DumpReason.Oops);
            store.Log("a write whose device call reports an oops");
            Assert.IsFalse(device.NestedResult, "refused, not deadlocked");
        }

        [TestMethod]
        public void LoggingFromInsideTheEngineOnTheSameThreadIsAClearError()
        {
            FaultyDevice device = new FaultyDevice(NewFlash());
            Pstore store = Pstore.Mount(device, Config(), new NoWallClock());
            device.LogOnNextProgram(store);
            Assert.ThrowsException(typeof(InvalidOperationException), () => store.Log("outer"));
            store.Log("the lock was released");
        }

        private static void OpenValve(int valve)
        {
            throw new InvalidOperationException("valve " + valve + " is stuck");
        }

        private static MemoryFlashDevice NewFlash()
        {
            return StoreKit.NewDevice();
        }

        private static PstoreConfig Config()
        {
            return StoreKit.SmallConfig();
        }

        private static int CountDumps(Pstore store)
        {
            int n = 0;
            foreach (PstoreRecord r in store.ListRecords())
            {
                n += r.Type == RecordType.Dmesg ? 1 : 0;
            }

            return n;
        }

        private static string OnlyDump(MemoryFlashDevice flash)
        {
            Pstore store = Pstore.Mount(flash, Config(), new NoWallClock());
            foreach (PstoreRecord r in store.ListRecords())
            {
                if (r.Type == RecordType.Dmesg)
                {
                    return ReadText(store, r);
                }
            }

            Assert.IsTrue(false, "no dmesg record");
            return null;
        }

        private static string ReadPmsg(Pstore store)
        {
            string all = "";
            foreach (PstoreRecord r in store.ListRecords())
            {
                if (r.Type == RecordType.Pmsg)
                {
                    all += ReadText(store, r);
                }
            }

            return all;
        }

        private static string ReadText(Pstore store, PstoreRecord record)
        {
            return PstoreTests.ReadText(store, record);
        }

        /// <summary>An exception whose message and stack trace cannot be read, as on an exhausted heap.</summary>
        private sealed class UnreadableException : Exception
        {
            public override string Message
            {
                get { throw new OutOfMemoryException(); }
            }

            public override string StackTrace
            {
                get { throw new OutOfMemoryException(); }
            }
        }
    }
}

using System;
using System.Diagnostics;
using System.IO;
using nanoFramework.TestFramework;
using PstoreNano.Config;
using PstoreNano.Devices;
using PstoreNano.Testing;
using PstoreNano.Engine;
using PstoreNano.HostTests.Support;
using PstoreNano.Records;

namespace PstoreNano.HostTests.Engine
{
    /// <summary>
    /// Heap bytes of the call applications make, Dump(DumpReason.Panic, exception), and the dump with the
    /// heap exhausted for real.
    /// </summary>
    [TestClass]
    public class PanicPathAllocationTests
    {
        [TestMethod]
        public void ExceptionOverloadAllocatesOnlyWhatTheRuntimeBuildsForTheStackTrace()
        {
            Exception thrown = Thrown();
            MemoryFlashDevice flash = null;
            Pstore store = null;

            // Each round dumps into a fresh partition (a NOR dump is once per mount); mounting is not measured.
            long dump = long.MaxValue;
            for (int round = 0; round < 6; round++)
            {
                flash = new MemoryFlashDevice(64 * 1024, 256, 4096, "pstore_mem");
                store = Pstore.Mount(flash, Config(), new NoWallClock());
                store.Log("pump: pressure 3.1 bar");
                Pstore current = store;
                long before = GC.GetAllocatedBytesForCurrentThread();
                Assert.IsTrue(current.Dump(DumpReason.Panic, thrown));
                dump = Math.Min(dump, GC.GetAllocatedBytesForCurrentThread() - before);
            }

            // What the runtime allocates to give the three parts, measured the same way.
            long runtime = HeapMeter.LeastAllocated(() =>
            {
                string type = thrown.GetType().FullName;
                string message = thrown.Message;
                string stack = thrown.StackTrace;
            });
            long strings = HeapMeter.LeastAllocated(() => { string stack = thrown.StackTrace; });
            OutputHelper.WriteLine("Dump(Panic, exception): " + dump + " heap bytes; reading type, message and stack trace " +
                "alone: " + runtime + " bytes (the stack-trace string: " + strings + ")");
            Assert.IsTrue(dump <= runtime, "the dump allocated " + dump + " bytes, more than the runtime's " + runtime);
            Assert.IsTrue(dump > 0, "the stack trace is read and recorded");
        }

        [TestMethod]
        public void OutOfMemoryExceptionWithoutAStackTraceAllocatesNothing()
        {
            // Type name from a literal, message a field, no stack trace: nothing is left to allocate.
            OutOfMemoryException oom = new OutOfMemoryException();
            long least = long.MaxValue;
            for (int round = 0; round < 6; round++)
            {
                MemoryFlashDevice flash = new MemoryFlashDevice(64 * 1024, 256, 4096, "pstore_mem");
                Pstore store = Pstore.Mount(flash, Config(), new NoWallClock());
                long before = GC.GetAllocatedBytesForCurrentThread();
                Assert.IsTrue(store.Dump(DumpReason.Panic, oom));
                least = Math.Min(least, GC.GetAllocatedBytesForCurrentThread() - before);
            }

            OutputHelper.WriteLine("Dump(Panic, new OutOfMemoryException()): " + least + " heap bytes");
            Assert.AreEqual(0L, least);
        }

        [TestMethod]
        public void DumpLandsWithTheHeapExhausted()
        {
            string image = Path.Combine(Path.GetTempPath(), "pstorenano-oom-" + Guid.NewGuid().ToString("N") + ".img");
            string probe = typeof(PstoreNano.HeapExhaustion.Program).Assembly.Location;
            ProcessStartInfo start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(probe);
            start.ArgumentList.Add(image);
            // 64 MiB of GC heap: filling it takes well under a second.
            start.Environment["DOTNET_GCHeapHardLimit"] = "0x4000000";
            try
            {
                using Process process = Process.Start(start);
                string output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
                Assert.IsTrue(process.WaitForExit(60000), "the probe finished");
                Assert.AreEqual(0, process.ExitCode, "probe exit code (2: the heap never ran out; 1: dump refused): " + output);

                MemoryFlashDevice flash = new MemoryFlashDevice(File.ReadAllBytes(image), 256, 4096, "pstore_mem");
                Pstore store = Pstore.Mount(flash, PstoreNano.HeapExhaustion.Program.Config(), new NoWallClock());
                string text = null;
                foreach (PstoreRecord r in store.ListRecords())
                {
                    if (r.Type == RecordType.Dmesg)
                    {
                        byte[] bytes = new byte[r.Size];
                        store.ReadRecord(r, 0, bytes, 0, bytes.Length);
                        text = System.Text.Encoding.UTF8.GetString(bytes);
                    }
                }

                Assert.IsNotNull(text, "a dmesg record is on the image");
                OutputHelper.WriteLine("dump written with the heap exhausted:\n" + text);
                Assert.IsTrue(text.Contains("Panic#1 Part1\nSystem.OutOfMemoryException"), text);
                Assert.IsTrue(text.Contains("before the heap ran out\n"), text);
                // With no heap left the runtime may or may not manage to build the message and the stack trace;
                // either they are there or the record says they could not be read.
                Assert.IsTrue(text.Contains("Program.Fill(") || text.Contains("\n(stack trace not read)\n"), text);
            }
            finally
            {
                File.Delete(image);
            }
        }

        private static Exception Thrown()
        {
            try
            {
                throw new InvalidOperationException("valve 3 is stuck");
            }
            catch (Exception e)
            {
                return e;
            }
        }

        private static PstoreConfig Config()
        {
            return PstoreNano.HeapExhaustion.Program.Config();
        }
    }
}

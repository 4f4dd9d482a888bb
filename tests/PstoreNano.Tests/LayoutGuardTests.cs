using System;
using nanoFramework.TestFramework;
using PstoreNano.Config;
using PstoreNano.Engine;
using PstoreNano.Records;
using PstoreNano.Testing;

namespace PstoreNano.Tests
{
    /// <summary>
    /// A partition remembers its layout: mounting it with other sizes is reported with the sizes found, and
    /// nothing is erased or programmed until the caller reformats.
    /// </summary>
    [TestClass]
    public class LayoutGuardTests
    {
        [TestMethod]
        [DataRow(0, 8)]
        [DataRow(32, 8)]
        [DataRow(8, 8)]
        [DataRow(16, 4)]
        [DataRow(16, 16)]
        public void OtherSizesAreReportedAndNothingIsWritten(int pmsgKiB, int kmsgKiB)
        {
            MemoryFlashDevice device = Written();
            byte[] before = Copy(device.Data);

            Pstore wrong = Pstore.Mount(device, Sizes(pmsgKiB, kmsgKiB), new NoWallClock());
            Assert.IsTrue(wrong.Report.LayoutMismatch, "a " + pmsgKiB + "/" + kmsgKiB + " KiB mount of a 16/8 KiB partition");
            Assert.AreEqual(16 * 1024, wrong.Report.FoundPmsgSize);
            Assert.AreEqual(8 * 1024, wrong.Report.FoundKmsgSize);
            Assert.AreEqual(0, wrong.ListRecords().Length, "records of another layout are not listed");
            wrong.Log("a line that stays in RAM");
            Assert.IsFalse(wrong.Dump(DumpReason.Panic, "System.Exception", "refused", null), "no dump into another layout");
            Assert.IsTrue(wrong.LastDumpFailure is InvalidOperationException);
            string message = null;
            try
            {
                wrong.WritePmsg("refused\n");
            }
            catch (InvalidOperationException e)
            {
                message = e.Message;
            }

            Assert.IsNotNull(message, "a pmsg write is refused");
            if (pmsgKiB > 0)
            {
                Assert.IsTrue(message.IndexOf("16 KiB pmsg ring and 8 KiB dmesg zones") >= 0, message);
            }

            Assert.ThrowsException(typeof(InvalidOperationException), () => wrong.EraseAll());
            AssertUnchanged(before, device.Data);

            PstoreRecord[] records = Pstore.Mount(device, Sizes(16, 8), new NoWallClock()).ListRecords();
            Assert.AreEqual(2, records.Length, "the right sizes read both records back");
        }

        [TestMethod]
        public void RingWhereTheLayoutHasNoneIsFoundWithItsSizes()
        {
            MemoryFlashDevice device = Written();
            byte[] before = Copy(device.Data);
            Pstore wrong = Pstore.Mount(device, Sizes(0, 16), new NoWallClock());
            Assert.IsTrue(wrong.Report.LayoutMismatch);
            Assert.AreEqual(16 * 1024, wrong.Report.FoundPmsgSize);
            AssertUnchanged(before, device.Data);
        }

        [TestMethod]
        public void DmesgZoneWhereTheRingShouldStartIsAMismatch()
        {
            MemoryFlashDevice device = StoreKit.NewDevice();
            Pstore linuxLike = Pstore.Mount(device, Sizes(0, 8), new NoWallClock());
            Assert.IsTrue(linuxLike.Dump(DumpReason.Oops, "System.Exception", "kept", null));
            byte[] before = Copy(device.Data);

            Pstore wrong = Pstore.Mount(device, Sizes(16, 8), new NoWallClock());
            Assert.IsTrue(wrong.Report.LayoutMismatch, "a dmesg zone at offset 0");
            Assert.AreEqual(0, wrong.Report.FoundPmsgSize);
            AssertUnchanged(before, device.Data);
            Assert.AreEqual(1, Pstore.Mount(device, Sizes(0, 8), new NoWallClock()).ListRecords().Length);
        }

        [TestMethod]
        public void ReformatTakesTheConfiguredLayout()
        {
            MemoryFlashDevice device = Written();
            Pstore store = Pstore.Mount(device, Sizes(32, 4), new NoWallClock());
            Assert.IsTrue(store.Report.LayoutMismatch);
            store.Reformat();
            Assert.IsFalse(store.Report.LayoutMismatch);
            Assert.AreEqual(0, store.ListRecords().Length, "reformat erases every record");
            store.Log("first line of the new layout");
            Assert.IsTrue(store.Dump(DumpReason.Oops, "System.Exception", "new layout", null));

            Pstore after = Pstore.Mount(device, Sizes(32, 4), new NoWallClock());
            Assert.IsFalse(after.Report.LayoutMismatch, "the new layout is remembered");
            Assert.AreEqual(2, after.ListRecords().Length);
            Assert.IsTrue(Pstore.Mount(device, Sizes(16, 8), new NoWallClock()).Report.LayoutMismatch, "and the old one refused");
        }

        [TestMethod]
        public void ErasedPartitionTakesAnyLayout()
        {
            Assert.IsFalse(Pstore.Mount(StoreKit.NewDevice(), Sizes(0, 8), new NoWallClock()).Report.LayoutMismatch);
            Assert.IsFalse(Pstore.Mount(StoreKit.NewDevice(), Sizes(16, 8), new NoWallClock()).Report.LayoutMismatch);
        }

        [TestMethod]
        public void OneDmesgZoneOnFlashIsRefusedAndWorksOnABlockDevice()
        {
            // 16 KiB pmsg + one 16 KiB zone fill a 32 KiB partition exactly.
            PstoreConfig one = Sizes(16, 16);
            PstoreConfigException refused = null;
            try
            {
                Pstore.Mount(new MemoryFlashDevice(32 * 1024, 256, 4096, "pstore_mem"), one, new NoWallClock());
            }
            catch (PstoreConfigException e)
            {
                refused = e;
            }

            Assert.IsNotNull(refused, "a single dmesg zone on flash is refused");
            Assert.AreEqual(PstoreConfig.KmsgSizeKey, refused.Key);
            Assert.IsTrue(refused.Message.IndexOf("two zones") > 0, refused.Message);

            MemoryBlockDevice block = new MemoryBlockDevice(32 * 1024, "pstore_blk");
            Pstore store = Pstore.Mount(block, one, new NoWallClock());
            Assert.IsTrue(store.Dump(DumpReason.Oops, "System.Exception", "kept on a block device", null));
            Assert.AreEqual(1, Pstore.Mount(block, one, new NoWallClock()).ListRecords().Length);
        }

        // A 64 KiB partition formatted 16 KiB pmsg + 8 KiB dmesg zones, holding a pmsg record and an Oops.
        private static MemoryFlashDevice Written()
        {
            MemoryFlashDevice device = StoreKit.NewDevice();
            Pstore store = Pstore.Mount(device, Sizes(16, 8), new NoWallClock());
            store.Log("pump: valve 2 open");
            Assert.IsTrue(store.Dump(DumpReason.Oops, "System.Exception", "sensor lost", null));
            return device;
        }

        private static PstoreConfig Sizes(int pmsgKiB, int kmsgKiB)
        {
            PstoreConfig c = StoreKit.SmallConfig();
            c.PmsgSize = pmsgKiB * 1024;
            c.KmsgSize = kmsgKiB * 1024;
            return c;
        }

        private static byte[] Copy(byte[] data)
        {
            byte[] copy = new byte[data.Length];
            Array.Copy(data, copy, data.Length);
            return copy;
        }

        private static void AssertUnchanged(byte[] before, byte[] after)
        {
            for (int i = 0; i < before.Length; i++)
            {
                if (before[i] != after[i])
                {
                    Assert.IsTrue(false, "byte 0x" + i.ToString("X") + " changed: the mount wrote to a partition of another layout");
                }
            }
        }
    }
}

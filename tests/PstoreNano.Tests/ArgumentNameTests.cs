using System;
using nanoFramework.TestFramework;
using PstoreNano.Config;
using PstoreNano.Engine;
using PstoreNano.Records;
using PstoreNano.Testing;
using PstoreNano.Zones;

namespace PstoreNano.Tests
{
    /// <summary>A refused argument names the parameter that is wrong, and the message gives the value.</summary>
    [TestClass]
    public class ArgumentNameTests
    {
        [TestMethod]
        public void MountNamesTheMissingArgument()
        {
            Assert.AreEqual("device", Refusal(() => Pstore.Mount(null, StoreKit.SmallConfig())).ParamName);
            Assert.AreEqual("config", Refusal(() => Pstore.Mount(StoreKit.NewDevice(), null)).ParamName);
        }

        [TestMethod]
        public void BufferRangeNamesBufferOffsetOrCount()
        {
            Pstore store = Pstore.Mount(StoreKit.NewDevice(), StoreKit.SmallConfig(), new NoWallClock());
            Assert.AreEqual("buffer", Refusal(() => store.WritePmsg(null, 0, 0)).ParamName);
            Assert.AreEqual("offset", Refusal(() => store.WritePmsg(new byte[4], -1, 1)).ParamName);
            ArgumentException tooLong = Refusal(() => store.WritePmsg(new byte[4], 2, 3));
            Assert.AreEqual("count", tooLong.ParamName);
            Assert.IsTrue(tooLong.Message.IndexOf("count 3 at offset 2 does not fit the 4-byte buffer") >= 0, tooLong.Message);
        }

        [TestMethod]
        public void ReadRecordNamesPositionAndAForeignRecord()
        {
            MemoryFlashDevice device = StoreKit.NewDevice();
            Pstore store = Pstore.Mount(device, StoreKit.SmallConfig(), new NoWallClock());
            Assert.IsTrue(store.Dump(DumpReason.Oops, "System.Exception", "oops", null));
            PstoreRecord dump = store.ListRecords()[0];
            Assert.AreEqual("position", Refusal(() => store.ReadRecord(dump, -1, new byte[4], 0, 4)).ParamName);

            PstoreConfig noDmesg = StoreKit.SmallConfig();
            noDmesg.KmsgSize = 0;
            Pstore other = Pstore.Mount(StoreKit.NewDevice(), noDmesg, new NoWallClock());
            Assert.AreEqual("record", Refusal(() => other.ReadRecord(dump, 0, new byte[4], 0, 4)).ParamName);
            Assert.AreEqual("record", Refusal(() => other.EraseRecord(dump)).ParamName);
        }

        [TestMethod]
        public void RingAndDeviceNameTheirParameters()
        {
            Assert.AreEqual("capacity", Refusal(() => new KmsgRing(-1)).ParamName);
            MemoryFlashDevice device = StoreKit.NewDevice();
            Assert.AreEqual("address", Refusal(() => device.Erase(100, 4096)).ParamName);
            Assert.AreEqual("count", Refusal(() => device.Erase(4096, 100)).ParamName);
            Assert.AreEqual("count", Refusal(() => device.Read(device.Size - 2, new byte[4], 0, 4)).ParamName);
        }

        private static ArgumentException Refusal(Action action)
        {
            try
            {
                action();
            }
            catch (ArgumentException e)
            {
                return e;
            }

            Assert.IsTrue(false, "the call was not refused");
            return null;
        }
    }
}

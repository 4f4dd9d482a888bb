using nanoFramework.TestFramework;
using PstoreNano.Records;
using PstoreNano.Testing;
using PstoreNano.Zones;

namespace PstoreNano.Tests
{
    [TestClass]
    public class DmesgFormatTests
    {
        private const int ZoneSize = 4096;

        [TestMethod]
        public void DumpIsLinuxLayoutByteForByte()
        {
            MemoryFlashDevice flash = new MemoryFlashDevice(4 * ZoneSize, 256, 4096, "pstore_nor");
            FixedClock clock = new FixedClock(1700000000, 123456789);
            DmesgZones zones = DmesgTestKit.Mount(flash, ZoneSize, 2, clock, new MountReport());
            KmsgRing log = new KmsgRing(256);
            log.AppendLine("boot ok");
            log.AppendLine("sensor \u00b0C");
            Assert.IsTrue(zones.WriteDump(DumpReason.Oops, "System.Exception", "bad", "at Main()", log));

            string text = "Oops#1 Part1\nSystem.Exception: bad\nat Main()\nboot ok\nsensor \u00b0C\n";
            byte[] expected = new byte[ZoneSize];
            for (int i = 0; i < expected.Length; i++)
            {
                expected[i] = 0xFF;
            }

            DmesgTestKit.PutRecord(expected, 0, 1700000000, 1, 2, text);
            expected[28] = 0x15; // tv_nsec 123456789 = 0x075BCD15
            expected[29] = 0xCD;
            expected[30] = 0x5B;
            expected[31] = 0x07;
            byte[] zone0 = new byte[ZoneSize];
            System.Array.Copy(flash.Data, 0, zone0, 0, ZoneSize);
            CollectionAssert.AreEqual(expected, zone0);
        }

        [TestMethod]
        public void RecordListsWithLinuxNameAndFields()
        {
            MemoryBlockDevice block = new MemoryBlockDevice(4 * ZoneSize, "pstore_blk");
            DmesgZones zones = DmesgTestKit.Mount(block, ZoneSize, 4, new FixedClock(1700000000, 5), new MountReport());
            Assert.IsTrue(zones.WriteDump(DumpReason.Panic, "E", null, null, null));
            Assert.IsTrue(zones.WriteDump(DumpReason.Shutdown, null, null, null, null));
            PstoreRecord[] records = DmesgTestKit.List(zones);
            Assert.AreEqual(2, records.Length);
            Assert.AreEqual("dmesg-pstore_blk-0", records[0].Name);
            Assert.AreEqual(RecordType.Dmesg, records[0].Type);
            Assert.AreEqual(DumpReason.Panic, records[0].Reason);
            Assert.AreEqual(1, records[0].Counter);
            Assert.AreEqual(1700000000, records[0].TimeSeconds);
            Assert.AreEqual(5, records[0].TimeNanoseconds);
            Assert.IsFalse(records[0].Compressed);
            Assert.AreEqual("Panic: Total 1 times\nPanic#1 Part1\nE\n", DmesgTestKit.ReadText(zones, records[0]));
            Assert.AreEqual(0, records[1].Counter);
            Assert.AreEqual(1700000001, records[1].TimeSeconds);
            Assert.AreEqual("Shutdown: Total 0 times\nShutdown#0 Part1\n", DmesgTestKit.ReadText(zones, records[1]));
        }

        [TestMethod]
        public void ExceptionPartsAreSkippedWhenMissing()
        {
            MemoryBlockDevice block = new MemoryBlockDevice(2 * ZoneSize, "b");
            DmesgZones zones = DmesgTestKit.Mount(block, ZoneSize);
            Assert.IsTrue(zones.WriteDump(DumpReason.Oops, null, "just a message", "trace\n", null));
            PstoreRecord[] records = DmesgTestKit.List(zones);
            Assert.AreEqual("Oops: Total 1 times\nOops#1 Part1\njust a message\ntrace\n", DmesgTestKit.ReadText(zones, records[0]));
        }

        [TestMethod]
        public void NewestLogLinesFillTheZoneAndTheHeaderLineIsNeverStored()
        {
            MemoryFlashDevice flash = new MemoryFlashDevice(2 * ZoneSize, 256, 4096, "n");
            DmesgZones zones = DmesgTestKit.Mount(flash, ZoneSize);
            KmsgRing log = new KmsgRing(16384);
            for (int i = 0; i < 1000; i++)
            {
                log.AppendLine("log line number " + i);
            }

            Assert.IsTrue(zones.WriteDump(DumpReason.Oops, "T", "M", null, log));
            PstoreRecord record = DmesgTestKit.List(zones)[0];
            string text = DmesgTestKit.ReadText(zones, record);
            Assert.IsTrue(text.IndexOf("Oops: Total 1 times\nOops#1 Part1\nT: M\nlog line number ") == 0, text.Substring(0, 60));
            Assert.IsTrue(text.EndsWith("log line number 999\n"));
            // Whole lines only, and nearly the whole zone used.
            int stored = record.Size - "Oops: Total 1 times\n".Length;
            Assert.IsTrue(stored <= ZoneSize - 52);
            Assert.IsTrue(stored > ZoneSize - 52 - 30, "stored " + stored);
            // The synthesized line is not on flash: the stored text starts with the dump line.
            Assert.AreEqual((byte)'O', flash.Data[52]);
            Assert.AreEqual((byte)'#', flash.Data[56]);
        }

        [TestMethod]
        public void AnExceptionLargerThanTheZoneIsCut()
        {
            MemoryFlashDevice flash = new MemoryFlashDevice(2 * ZoneSize, 256, 4096, "n");
            DmesgZones zones = DmesgTestKit.Mount(flash, ZoneSize);
            string big = "";
            for (int i = 0; i < 500; i++)
            {
                big += "\u20acxyzabcd";
            }

            KmsgRing log = new KmsgRing(100);
            log.AppendLine("lost");
            Assert.IsTrue(zones.WriteDump(DumpReason.Oops, "T", big, null, log));
            PstoreRecord record = DmesgTestKit.List(zones)[0];
            Assert.AreEqual(ZoneSize - 52, record.Size - "Oops: Total 1 times\n".Length);
            for (int i = 52; i < ZoneSize; i++)
            {
                if (flash.Data[i] == 0xFF)
                {
                    Assert.IsTrue(false, "byte " + i + " of the full zone was left erased");
                }
            }
        }
    }
}

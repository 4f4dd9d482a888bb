using nanoFramework.TestFramework;
using PstoreNano.Drivers.Nor;
using PstoreNano.Simulators.Nor;

namespace PstoreNano.HostTests.Nor
{
    [TestClass]
    public class SfdpTableTests
    {
        [TestMethod]
        public void ParsesHeaderDensityEraseTypesAndAddressMode()
        {
            byte[] image = SfdpImage.Build(32 * 1024 * 1024, true);
            SfdpTable table = new SfdpTable();
            Assert.IsTrue(table.ParseHeader(Slice(image, 0, SfdpTable.HeaderLength)));
            Assert.AreEqual(0x30, table.BfptPointer);
            Assert.AreEqual(16, table.BfptDwords);
            Assert.IsTrue(table.ParseBfpt(Slice(image, 0x30, 64)));
            Assert.AreEqual(32 * 1024 * 1024, table.Capacity);
            Assert.AreEqual(1, table.AddressMode);
            Assert.AreEqual(256, table.PageSize);
            Assert.AreEqual(4096, table.EraseSize(0));
            Assert.AreEqual(0x20, table.EraseOpcode(0));
            Assert.AreEqual(32768, table.EraseSize(1));
            Assert.AreEqual(0x52, table.EraseOpcode(1));
            Assert.AreEqual(65536, table.EraseSize(2));
            Assert.AreEqual(0xD8, table.EraseOpcode(2));
            Assert.AreEqual(0, table.EraseSize(3));
        }

        [TestMethod]
        public void DensityAsAPowerOfTwo()
        {
            byte[] image = SfdpImage.Build(4 * 1024 * 1024, false);
            byte[] bfpt = Slice(image, 0x30, 64);

            // Bit 31 set: density is 2^N bits; 2^30 bits = 128 MiB.
            bfpt[4] = 30;
            bfpt[5] = 0;
            bfpt[6] = 0;
            bfpt[7] = 0x80;
            SfdpTable table = new SfdpTable();
            table.ParseHeader(Slice(image, 0, SfdpTable.HeaderLength));
            Assert.IsTrue(table.ParseBfpt(bfpt));
            Assert.AreEqual(128 * 1024 * 1024, table.Capacity);
            Assert.AreEqual(0, table.AddressMode);
        }

        [TestMethod]
        public void RejectsABlankOrForeignHeader()
        {
            byte[] blank = new byte[SfdpTable.HeaderLength];
            for (int i = 0; i < blank.Length; i++)
            {
                blank[i] = 0xFF;
            }

            SfdpTable table = new SfdpTable();
            Assert.IsFalse(table.ParseHeader(blank));
            byte[] header = Slice(SfdpImage.Build(8 * 1024 * 1024, false), 0, SfdpTable.HeaderLength);
            header[15] = 0x81;
            Assert.IsFalse(table.ParseHeader(header), "first parameter table is not the BFPT");
            Assert.IsFalse(table.IsValid);
        }

        private static byte[] Slice(byte[] data, int offset, int count)
        {
            byte[] part = new byte[count];
            System.Array.Copy(data, offset, part, 0, count);
            return part;
        }
    }
}

using System;
using System.IO;
using System.Security.Cryptography;
using nanoFramework.TestFramework;
using PstoreNano.Zones.Pmsg;

namespace PstoreNano.HostTests.Tool
{
    /// <summary>
    /// Read commands never write the image, even where a mount on the device would erase units to keep a
    /// zone ready (a corrupt pmsg chunk and a damaged zone make it want to).
    /// </summary>
    [TestClass]
    public class ReadOnlyTests
    {
        [TestMethod]
        public void ListCatDoctorAndExtractLeaveTheImageAsItWas()
        {
            string image = TestImages.Demo();
            byte[] bytes = File.ReadAllBytes(image);
            bytes[PmsgFormat.SegmentHeaderSize + PmsgFormat.ChunkHeaderSize + 5] ^= 0xFF;
            File.WriteAllBytes(image, bytes);
            DateTime written = File.GetLastWriteTimeUtc(image);
            string before = Hash(image);

            ToolRun.Of("list", "--image", image).Exits(0);
            ToolRun.Of("cat", "--image", image, "dmesg-pstore_nor-0").Exits(0);
            ToolRun.Of("doctor", "--image", image).Exits(1);
            ToolRun.Of("doctor", "--image", image, "--json").Exits(1);
            ToolRun.Of("extract", "--image", image, "--out", Path.Combine(TestImages.Folder(), "out")).Exits(0);

            Assert.AreEqual(before, Hash(image), "a read command changed the image");
            Assert.AreEqual(written, File.GetLastWriteTimeUtc(image), "a read command rewrote the image");
        }

        private static string Hash(string path)
        {
            return Convert.ToBase64String(SHA256.HashData(File.ReadAllBytes(path)));
        }
    }
}

using nanoFramework.TestFramework;
using PstoreNano.Text;
using PstoreNano.Zones;

namespace PstoreNano.Tests
{
    [TestClass]
    public class KmsgRingTests
    {
        private static string Newest(KmsgRing ring, int maxBytes)
        {
            long start;
            int n = ring.FindNewestLines(maxBytes, out start);
            byte[] bytes = new byte[n];
            ring.CopyOut(start, n, bytes, 0);
            return Utf8.Decode(bytes, 0, n);
        }

        [TestMethod]
        public void LinesComeBackOldestFirst()
        {
            KmsgRing ring = new KmsgRing(100);
            ring.AppendLine("one");
            ring.AppendLine("two");
            Assert.AreEqual(8, ring.Length);
            Assert.AreEqual("one\ntwo\n", Newest(ring, 100));
        }

        [TestMethod]
        public void OnlyWholeLinesThatFitAreTaken()
        {
            KmsgRing ring = new KmsgRing(100);
            ring.AppendLine("alpha");
            ring.AppendLine("beta");
            ring.AppendLine("gamma");
            Assert.AreEqual("gamma\n", Newest(ring, 6));
            Assert.AreEqual("gamma\n", Newest(ring, 10));
            Assert.AreEqual("beta\ngamma\n", Newest(ring, 11));
            Assert.AreEqual("", Newest(ring, 5));
            Assert.AreEqual("", Newest(ring, 0));
        }

        [TestMethod]
        public void WrapKeepsNewestBytesAndDropsTheTornFirstLine()
        {
            KmsgRing ring = new KmsgRing(16);
            for (int i = 0; i < 10; i++)
            {
                ring.AppendLine("line" + i);
            }

            Assert.AreEqual(16, ring.Length);
            // The ring holds "e7\nline8\nline9\n" plus one byte of line7; only whole lines come out.
            Assert.AreEqual("line8\nline9\n", Newest(ring, 100));
            Assert.AreEqual("line9\n", Newest(ring, 6));
        }

        [TestMethod]
        public void LineLongerThanTheRingKeepsItsTail()
        {
            KmsgRing ring = new KmsgRing(8);
            ring.AppendLine("0123456789abcdef");
            Assert.AreEqual(8, ring.Length);
            Assert.AreEqual("", Newest(ring, 8));
            ring.AppendLine("xy");
            Assert.AreEqual("xy\n", Newest(ring, 8));
        }

        [TestMethod]
        public void ZeroCapacityKeepsNothing()
        {
            KmsgRing ring = new KmsgRing(0);
            ring.AppendLine("anything");
            Assert.AreEqual(0, ring.Capacity);
            Assert.AreEqual(0, ring.Length);
            Assert.AreEqual("", Newest(ring, 100));
        }

        [TestMethod]
        public void ClearForgetsAndNonAsciiIsUtf8()
        {
            KmsgRing ring = new KmsgRing(64);
            ring.AppendLine("old");
            ring.Clear();
            Assert.AreEqual(0, ring.Length);
            ring.AppendLine("h\u00e9\u20ac");
            Assert.AreEqual(7, ring.Length);
            Assert.AreEqual("h\u00e9\u20ac\n", Newest(ring, 64));
        }

        [TestMethod]
        public void LongLinesAreEncodedInPieces()
        {
            string line = "";
            for (int i = 0; i < 30; i++)
            {
                line += "abcdefghij";
            }

            KmsgRing ring = new KmsgRing(1000);
            ring.AppendLine(line);
            Assert.AreEqual(301, ring.Length);
            Assert.AreEqual(line + "\n", Newest(ring, 1000));
        }

        [TestMethod]
        public void NegativeCapacityIsRejected()
        {
            Assert.ThrowsException(typeof(System.ArgumentOutOfRangeException), () => new KmsgRing(-1));
        }

        [TestMethod]
        public void ConcurrentAppendsNeverTearALine()
        {
            KmsgRing ring = new KmsgRing(512);
            System.Threading.Thread writer = new System.Threading.Thread(() =>
            {
                for (int i = 0; i < 3000; i++)
                {
                    ring.AppendLine("abcdefghijklmnopqrstuvwxyz");
                }
            });
            writer.Start();
            for (int round = 0; round < 300; round++)
            {
                Assert.IsTrue(ring.TryEnter(1000));
                string lines = Newest(ring, 200);
                ring.Exit();
                string[] parts = lines.Split('\n');
                for (int i = 0; i < parts.Length - 1; i++)
                {
                    Assert.AreEqual("abcdefghijklmnopqrstuvwxyz", parts[i]);
                }

                Assert.AreEqual("", parts[parts.Length - 1]);
            }

            writer.Join();
            Assert.AreEqual(512, ring.Length);
        }
    }
}

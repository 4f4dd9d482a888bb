using System;
using nanoFramework.TestFramework;
using PstoreNano.Config;
using PstoreNano.Engine;
using PstoreNano.Simulators.Campaign;
using PstoreNano.Records;
using PstoreNano.Testing;

namespace PstoreNano.HostTests.Garbage
{
    /// <summary>
    /// Garbage in: random images and damaged copies of real ones never make mount, list or read throw, never
    /// read outside the partition (the device refuses that), and cost RAM that does not grow with the partition.
    /// </summary>
    [TestClass]
    public class GarbageImageTests
    {
        [TestMethod]
        public void RandomImagesMountListAndReadWithoutThrowing()
        {
            for (int seed = 0; seed < 200; seed++)
            {
                Random random = new Random(seed);
                byte[] image = new byte[EngineWorkload.PartitionSize];
                random.NextBytes(image);
                if (seed % 2 == 1)
                {
                    // Mostly erased with random islands: closer to what a cut or a stray write leaves.
                    Array.Fill(image, (byte)0xFF);
                    for (int i = 0; i < 20; i++)
                    {
                        int at = random.Next(image.Length - 64);
                        random.NextBytes(image.AsSpan(at, random.Next(1, 64)));
                    }
                }

                ExerciseImage(image, "random image, seed " + seed);
            }
        }

        [TestMethod]
        public void DamagedCopiesOfARealImageMountListAndReadWithoutThrowing()
        {
            MemoryFlashDevice written = EngineWorkload.NewDevice();
            new EngineWorkload(written).Run(false);
            byte[] pristine = (byte[])written.Data.Clone();
            for (int seed = 0; seed < 400; seed++)
            {
                Random random = new Random(seed);
                byte[] image = (byte[])pristine.Clone();
                int flips = 1 + random.Next(8);
                for (int i = 0; i < flips; i++)
                {
                    int at = random.Next(image.Length);
                    if (random.Next(2) == 0)
                    {
                        image[at] ^= (byte)(1 << random.Next(8));
                    }
                    else
                    {
                        image[at] = (byte)random.Next(256);
                    }
                }

                ExerciseImage(image, "damaged image, seed " + seed);
            }
        }

        [TestMethod]
        public void MountMemoryDoesNotGrowWithThePartition()
        {
            long small = MountAllocation(64 * 1024);
            long large = MountAllocation(4 * 1024 * 1024);
            OutputHelper.WriteLine("heap bytes allocated by Pstore.Mount: " + small + " (64 KiB partition), " + large + " (4 MiB)");
            Assert.IsTrue(large <= small + 4096, "mount of 4 MiB allocated " + large + " bytes vs " + small + " for 64 KiB");
        }

        private static long MountAllocation(int partitionSize)
        {
            PstoreConfig config = PstoreConfig.Defaults();
            config.PmsgSize = partitionSize / 2;
            config.KmsgSize = 16 * 1024;
            MemoryFlashDevice device = new MemoryFlashDevice(partitionSize, 256, 4096, "pstore_mem");
            Pstore.Mount(device, config, new NoWallClock());
            long before = GC.GetAllocatedBytesForCurrentThread();
            Pstore.Mount(device, config, new NoWallClock());
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }

        private static void ExerciseImage(byte[] image, string what)
        {
            MemoryFlashDevice device = new MemoryFlashDevice(image, 256, 4096, "pstore_mem");
            try
            {
                Pstore store = Pstore.Mount(device, EngineWorkload.Config(), new NoWallClock());
                byte[] piece = new byte[97];
                foreach (PstoreRecord r in store.ListRecords())
                {
                    int position = 0;
                    int n;
                    while ((n = store.ReadRecord(r, position, piece, 0, piece.Length)) > 0)
                    {
                        position += n;
                        if (position > EngineWorkload.PartitionSize * 2)
                        {
                            Assert.IsTrue(false, what + ": " + r.Name + " reads on past twice the partition size");
                        }
                    }

                    Assert.AreEqual(r.Size, position, what + ": " + r.Name + " size");
                }

                store.WritePmsg("still works\n");
                Assert.IsTrue(store.Dump(DumpReason.Oops, "System.Exception", "after garbage", null), what + ": dump");
            }
            catch (Exception e) when (!(e is Microsoft.VisualStudio.TestTools.UnitTesting.AssertFailedException))
            {
                Assert.IsTrue(false, what + ": " + e.GetType().Name + ": " + e.Message + "\n" + e.StackTrace);
            }
        }
    }
}

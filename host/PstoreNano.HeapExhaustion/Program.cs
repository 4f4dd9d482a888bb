using System;
using System.Collections.Generic;
using System.IO;
using PstoreNano.Config;
using PstoreNano.Devices;
using PstoreNano.Testing;
using PstoreNano.Engine;
using PstoreNano.Records;

namespace PstoreNano.HeapExhaustion
{
    /// <summary>
    /// Mounts pstore on a RAM flash device, logs a line, allocates until the runtime throws
    /// OutOfMemoryException, fills what is left, then dumps that exception with nothing freed, and writes
    /// the device image to the path given. Exit code 0 if the dump returned true, 1 if false, 2 if the heap
    /// never ran out (the cap was not applied).
    /// </summary>
    public static class Program
    {
        /// <summary>Partition geometry the test mounts the image with.</summary>
        public const int PartitionSize = 64 * 1024;

        public static int Main(string[] args)
        {
            MemoryFlashDevice flash = new MemoryFlashDevice(PartitionSize, 256, 4096, "pstore_mem");
            Pstore store = Pstore.Mount(flash, Config(), new NoWallClock());
            store.Log("before the heap ran out");

            List<byte[]> hog = new List<byte[]>();
            bool stored;
            try
            {
                Fill(hog, 1 << 20);
                hog = null;
                return 2;
            }
            catch (OutOfMemoryException e)
            {
                for (int size = 64 * 1024; size >= 16; size /= 4)
                {
                    try
                    {
                        Fill(hog, size);
                    }
                    catch (OutOfMemoryException)
                    {
                    }
                }

                stored = store.Dump(DumpReason.Panic, e);

                // Give the heap back before writing the image (Clear: a debug build may keep the list alive).
                hog.Clear();
            }

            hog = null;
            GC.Collect();
            File.WriteAllBytes(args[0], flash.Data);
            Console.WriteLine(stored ? "dump stored" : "dump not stored");
            return stored ? 0 : 1;
        }

        /// <summary>The configuration the test mounts the image with.</summary>
        public static PstoreConfig Config()
        {
            PstoreConfig c = PstoreConfig.Defaults();
            c.PmsgSize = 16 * 1024;
            c.KmsgSize = 8 * 1024;
            c.KmsgRamSize = 2048;
            return c;
        }

        private static void Fill(List<byte[]> hog, int size)
        {
            while (true)
            {
                hog.Add(new byte[size]);
            }
        }
    }
}

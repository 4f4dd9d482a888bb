using System;
using PstoreNano.Config;
using PstoreNano.Devices;
using PstoreNano.Engine;
using PstoreNano.Records;
using PstoreNano.Testing;

namespace PstoreNano.Simulators.Fuzz
{
    /// <summary>
    /// The valid images the fuzzer damages: a 48 KiB partition (16 KiB pmsg, four 8 KiB dmesg zones) written by
    /// three boots of log lines of every length, an Oops and a Panic, on RAM NOR flash and a RAM block device.
    /// </summary>
    public static class FuzzImages
    {
        public const int PartitionSize = 48 * 1024;
        public const int NorPage = 256;
        public const int NorSector = 4096;

        /// <summary>The configuration every case mounts with.</summary>
        public static PstoreConfig Config()
        {
            PstoreConfig c = PstoreConfig.Defaults();
            c.PmsgSize = 16 * 1024;
            c.KmsgSize = 8 * 1024;
            c.MaxReason = 2;
            c.KmsgRamSize = 1024;
            c.PmsgBufferSize = 0;
            return c;
        }

        /// <summary>A fresh copy of the written image of one medium.</summary>
        public static byte[] Written(bool block)
        {
            byte[] image = block ? BlockImage.Value : NorImage.Value;
            return (byte[])image.Clone();
        }

        /// <summary>A RAM device of the medium over <paramref name="image"/>.</summary>
        public static MemoryDevice Device(byte[] image, bool block)
        {
            return block ? new MemoryBlockDevice(image, "pstore_blk") : new MemoryFlashDevice(image, NorPage, NorSector, "pstore_nor");
        }

        /// <summary>Erase unit of the medium: the pmsg segment size.</summary>
        public static int SegmentSize(bool block)
        {
            return block ? MemoryBlockDevice.SectorSize : NorSector;
        }

        private static readonly Lazy<byte[]> NorImage = new Lazy<byte[]>(() => Write(new MemoryFlashDevice(PartitionSize, NorPage, NorSector, "pstore_nor")));
        private static readonly Lazy<byte[]> BlockImage = new Lazy<byte[]>(() => Write(new MemoryBlockDevice(PartitionSize, "pstore_blk")));

        private static byte[] Write(MemoryDevice device)
        {
            Random random = new Random(20261204);
            for (int boot = 0; boot < 3; boot++)
            {
                Pstore store = Pstore.Mount(device, Config(), new NoWallClock());
                for (int i = 0; i < 40; i++)
                {
                    store.Log("boot " + boot + " line " + i + " " + new string((char)('a' + i % 26), random.Next(1, 300)));
                }

                store.Dump(boot == 2 ? DumpReason.Panic : DumpReason.Oops, "System.InvalidOperationException",
                    "fuzz base boot " + boot, "   at Fuzz.Base.Run()");
            }

            return (byte[])device.Data.Clone();
        }
    }
}

using PstoreNano.Config;
using PstoreNano.Engine;
using PstoreNano.Simulators.Nor;

namespace PstoreNano.Tool
{
    /// <summary>
    /// The benchmark's board: a W25Q128JV at 20 MHz (typical or maximum datasheet timing) with the partition
    /// 1 MiB into the chip; three 4 KiB dmesg zones after a pmsg ring that takes the rest.
    /// </summary>
    public static class BenchSetup
    {
        public const int PartitionOffset = 1 << 20;
        public const int DmesgZones = 3;
        public const int ZoneSize = 4096;

        /// <summary>Chunk header of the pmsg format (docs/FORMAT.md): the per-write overhead in bytes.</summary>
        public const int PmsgChunkHeader = 16;

        public static PstoreConfig Config(int partitionSize)
        {
            PstoreConfig c = PstoreConfig.Defaults();
            c.KmsgSize = ZoneSize;
            c.PmsgSize = partitionSize - DmesgZones * ZoneSize;
            c.MaxReason = 2;
            c.KmsgRamSize = 8192;
            c.PmsgBufferSize = 0;
            return c;
        }

        public static NorStack Stack(int partitionSize, NorTimingMode timing)
        {
            return new NorStack(NorChipModel.W25Q128JV(), timing, PartitionOffset, partitionSize);
        }

        /// <summary>Reboots the stack and mounts its partition.</summary>
        public static Pstore Mount(NorStack stack)
        {
            return Pstore.Mount(stack.Reboot(), Config(stack.PartitionSize), new NoWallClock());
        }

        /// <summary>Bytes of a pmsg write of <paramref name="size"/> bytes, made recognisable by its index.</summary>
        public static byte[] Payload(int size, int index)
        {
            byte[] data = new byte[size];
            for (int i = 0; i < size; i++)
            {
                data[i] = (byte)('a' + (index + i) % 26);
            }

            data[size - 1] = (byte)'\n';
            return data;
        }

        public static string Kib(long bytes)
        {
            return bytes >= 1 << 20 && bytes % (1 << 20) == 0 ? (bytes >> 20) + " MiB" : (bytes / 1024) + " KiB";
        }
    }
}

using System;
using PstoreNano.Simulators.Nor;

namespace PstoreNano.Tool
{
    /// <summary>(e) Heap bytes during a dump, and the RAM the engine holds after mount, by partition size.</summary>
    public static class BenchRam
    {
        /// <summary>Bytes Pstore.Mount allocated for the smallest partition of the last run.</summary>
        public static long MountBytes { get; private set; }

        public static BenchTable Run(bool smoke)
        {
            BenchTable t = new BenchTable("(e) RAM: heap allocated during a panic dump and by Pstore.Mount",
                "partition", "allocated by Mount", "kmsg ring (config)", "heap in Dump", "Linux mirror (kzalloc)", "target");
            int[] sizes = smoke ? new[] { 64 << 10, 1 << 20 } : new[] { 64 << 10, 1 << 20, 4 << 20 };
            long first = -1;
            foreach (int size in sizes)
            {
                NorStack stack = BenchSetup.Stack(size, NorTimingMode.Typical);
                BenchSetup.Mount(stack);
                stack.Reboot();
                long before = GC.GetAllocatedBytesForCurrentThread();
                Pstore store = Pstore.Mount(stack.Device, BenchSetup.Config(size), new PstoreNano.Engine.NoWallClock());
                long mount = GC.GetAllocatedBytesForCurrentThread() - before;
                GC.KeepAlive(store);
                first = first < 0 ? mount : first;
                MountBytes = first;
                t.Row(mount == first && BenchDump.HeapBytes == 0, BenchSetup.Kib(size), mount.ToString(),
                    BenchSetup.Config(size).KmsgRamSize.ToString(), BenchDump.HeapBytes.ToString(), size.ToString());
            }

            t.Note("allocated by Mount = every byte Pstore.Mount allocates (the buffers the engine keeps, an upper bound);");
            t.Note("target: the same at every partition size, and 0 heap bytes during Dump() (measured in (a), after warm-up).");
            t.Note("Linux pstore/zone keeps a kzalloc'd RAM copy of every zone: the whole partition.");
            return t;
        }
    }
}

using System;
using PstoreNano.Testing;

namespace PstoreNano.Tests
{
    /// <summary>An erased flash partition in RAM that counts how often it is disposed.</summary>
    internal sealed class DisposableDevice : MemoryDevice, IDisposable
    {
        public DisposableDevice()
            : base(64 * 1024, 256, 4096, "pstore_mem")
        {
            Fill(0, Size);
        }

        public int Disposals;

        public override bool EraseBeforeProgram { get { return true; } }

        public void Dispose()
        {
            Disposals++;
        }
    }
}

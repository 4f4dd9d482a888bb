using System;
using PstoreNano.Devices;

namespace PstoreNano.Benchmark
{
    /// <summary>
    /// A RAM partition that moves bytes with Array.Copy only: no per-byte NOR rule check, as a real chip's
    /// SPI transfer costs the interpreter one block copy. Measuring on it leaves the engine's own cost.
    /// Erased bytes read 0xFF; programs and erases are not checked (the engine's tests use MemoryFlashDevice).
    /// </summary>
    internal sealed class CopyDevice : IZoneDevice
    {
        private readonly byte[] _data;
        private readonly byte[] _erased;

        public CopyDevice(int size)
        {
            _data = new byte[size];
            _erased = new byte[4096];
            for (int i = 0; i < _erased.Length; i++)
            {
                _erased[i] = 0xFF;
            }

            Erase(0, size);
        }

        public string Name { get { return "pstore_mem"; } }

        public int Size { get { return _data.Length; } }

        public int PageSize { get { return 256; } }

        public int EraseSize { get { return 4096; } }

        public bool EraseBeforeProgram { get { return true; } }

        public void Read(int address, byte[] buffer, int offset, int count)
        {
            Array.Copy(_data, address, buffer, offset, count);
        }

        public void Program(int address, byte[] buffer, int offset, int count)
        {
            Array.Copy(buffer, offset, _data, address, count);
        }

        public void Erase(int address, int count)
        {
            for (int at = address; at < address + count; at += _erased.Length)
            {
                Array.Copy(_erased, 0, _data, at, _erased.Length);
            }
        }

        public void PanicTakeOver()
        {
        }
    }
}

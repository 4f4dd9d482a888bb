using System;
using PstoreNano.Devices;
using PstoreNano.Testing;

namespace PstoreNano.Tests
{
    /// <summary>
    /// Passes through to a flash device, fails any access outside the range it lends out, and
    /// remembers the address span programmed since <see cref="StartSpan"/>.
    /// </summary>
    internal sealed class WatchedDevice : IZoneDevice
    {
        private readonly int _low;
        private readonly int _high;

        public WatchedDevice(MemoryFlashDevice flash, int offset, int size)
        {
            Flash = flash;
            _low = offset;
            _high = offset + size;
        }

        public MemoryFlashDevice Flash;

        public int SpanStart;

        public int SpanEnd;

        public string Name { get { return Flash.Name; } }

        public int Size { get { return Flash.Size; } }

        public int PageSize { get { return Flash.PageSize; } }

        public int EraseSize { get { return Flash.EraseSize; } }

        public bool EraseBeforeProgram { get { return true; } }

        public void StartSpan()
        {
            SpanStart = int.MaxValue;
            SpanEnd = 0;
        }

        public void Read(int address, byte[] buffer, int offset, int count)
        {
            Fence(address, count, "read");
            Flash.Read(address, buffer, offset, count);
        }

        public void Program(int address, byte[] buffer, int offset, int count)
        {
            Fence(address, count, "program");
            SpanStart = address < SpanStart ? address : SpanStart;
            SpanEnd = address + count > SpanEnd ? address + count : SpanEnd;
            Flash.Program(address, buffer, offset, count);
        }

        public void Erase(int address, int count)
        {
            Fence(address, count, "erase");
            Flash.Erase(address, count);
        }

        public void PanicTakeOver()
        {
            Flash.PanicTakeOver();
        }

        private void Fence(int address, int count, string what)
        {
            if (address < _low || address + count > _high)
            {
                throw new Exception(what + " of 0x" + address.ToString("X") + "+" + count + " outside 0x" +
                    _low.ToString("X") + "..0x" + _high.ToString("X"));
            }
        }
    }
}

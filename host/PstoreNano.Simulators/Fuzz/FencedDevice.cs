using System;
using PstoreNano.Devices;

namespace PstoreNano.Simulators.Fuzz
{
    /// <summary>
    /// Passes through to a device, records any access outside the partition instead of performing it, and
    /// counts the calls, so a fuzz case can check "never outside the partition" and "bounded device calls".
    /// </summary>
    public sealed class FencedDevice : IZoneDevice
    {
        private readonly IZoneDevice _inner;

        /// <summary>Wraps <paramref name="inner"/>.</summary>
        public FencedDevice(IZoneDevice inner)
        {
            _inner = inner;
        }

        /// <summary>The first access outside the partition, or null.</summary>
        public string Violation { get; private set; }

        /// <summary>Read, program and erase calls so far.</summary>
        public long Calls { get; set; }

        public string Name { get { return _inner.Name; } }

        public int Size { get { return _inner.Size; } }

        public int PageSize { get { return _inner.PageSize; } }

        public int EraseSize { get { return _inner.EraseSize; } }

        public bool EraseBeforeProgram { get { return _inner.EraseBeforeProgram; } }

        public void Read(int address, byte[] buffer, int offset, int count)
        {
            if (Fence("read", address, count))
            {
                _inner.Read(address, buffer, offset, count);
            }
        }

        public void Program(int address, byte[] buffer, int offset, int count)
        {
            if (Fence("program", address, count))
            {
                _inner.Program(address, buffer, offset, count);
            }
        }

        public void Erase(int address, int count)
        {
            if (Fence("erase", address, count))
            {
                _inner.Erase(address, count);
            }
        }

        public void PanicTakeOver()
        {
            _inner.PanicTakeOver();
        }

        private bool Fence(string what, int address, int count)
        {
            Calls++;
            if (address >= 0 && count >= 0 && address <= _inner.Size - count)
            {
                return true;
            }

            Violation ??= what + " of " + count + " bytes at " + address + " outside the " + _inner.Size + "-byte partition";
            throw new InvalidOperationException("fenced: " + Violation);
        }
    }
}

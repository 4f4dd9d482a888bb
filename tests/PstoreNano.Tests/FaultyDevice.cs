using PstoreNano.Devices;
using PstoreNano.Testing;
using PstoreNano.Records;

namespace PstoreNano.Tests
{
    /// <summary>
    /// Passes through to a flash device, and on request fails its programs (a chip that stops answering)
    /// or calls back into the store from inside a program, as a device or clock callback might.
    /// </summary>
    internal sealed class FaultyDevice : IZoneDevice
    {
        private readonly MemoryFlashDevice _flash;
        private int _programsBeforeFailure = -1;
        private Pstore _callbackStore;
        private bool _callbackLogs;
        private DumpReason _callbackReason;

        public FaultyDevice(MemoryFlashDevice flash)
        {
            _flash = flash;
        }

        /// <summary>What the dump made from inside the last program callback returned.</summary>
        public bool NestedResult;

        public string Name { get { return _flash.Name; } }

        public int Size { get { return _flash.Size; } }

        public int PageSize { get { return _flash.PageSize; } }

        public int EraseSize { get { return _flash.EraseSize; } }

        public bool EraseBeforeProgram { get { return _flash.EraseBeforeProgram; } }

        /// <summary>After <paramref name="programs"/> more programs, every program throws; -1 stops failing.</summary>
        public void FailProgramsAfter(int programs)
        {
            _programsBeforeFailure = programs;
        }

        /// <summary>The next program first dumps through <paramref name="store"/>, once.</summary>
        public void DumpOnNextProgram(Pstore store, DumpReason reason)
        {
            _callbackStore = store;
            _callbackReason = reason;
            _callbackLogs = false;
        }

        /// <summary>The next program first logs a line through <paramref name="store"/>, once.</summary>
        public void LogOnNextProgram(Pstore store)
        {
            _callbackStore = store;
            _callbackLogs = true;
        }

        public void Read(int address, byte[] buffer, int offset, int count)
        {
            _flash.Read(address, buffer, offset, count);
        }

        public void Program(int address, byte[] buffer, int offset, int count)
        {
            if (_programsBeforeFailure == 0)
            {
                throw new ZoneDeviceException("simulated device fault: program at 0x" + address.ToString("X") + " not answered");
            }

            if (_programsBeforeFailure > 0)
            {
                _programsBeforeFailure--;
            }

            Pstore store = _callbackStore;
            _callbackStore = null;
            if (store != null && _callbackLogs)
            {
                store.Log("inner line from a device callback");
            }
            else if (store != null)
            {
                NestedResult = store.Dump(_callbackReason, "System.Exception", "nested: raised inside a device call", null);
            }

            _flash.Program(address, buffer, offset, count);
        }

        public void Erase(int address, int count)
        {
            _flash.Erase(address, count);
        }

        public void PanicTakeOver()
        {
            _flash.PanicTakeOver();
        }
    }
}

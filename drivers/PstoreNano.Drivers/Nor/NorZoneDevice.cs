using System;
using PstoreNano.Devices;

namespace PstoreNano.Drivers.Nor
{
    /// <summary>
    /// A pstore partition on an SPI NOR chip, as the zone engine sees it: addresses relative to the
    /// partition, 256-byte pages, 4 KiB erase units, erase before program. Outside the panic path every
    /// program first reads its target and refuses if any bit would have to go from 0 back to 1 (the target
    /// reads erased, or the data only clears bits, as the engine's invalidating zeros do), so a bookkeeping
    /// error in the engine shows as a clear error instead of silently ANDed data. After <see cref="PanicTakeOver"/> the device trusts the
    /// engine's pre-erased zone (the dump then runs at chip speed) and refuses to erase. The device owns
    /// its driver: <see cref="Dispose"/> releases it and its bus.
    /// </summary>
    public sealed class NorZoneDevice : IZoneDevice, IDisposable
    {
        /// <summary>Backend name used in record names.</summary>
        public const string BackendName = "pstore_nor";

        private const int VerifyChunk = 256;

        private readonly SpiNorFlash _flash;
        private readonly int _offset;
        private readonly int _size;
        private readonly byte[] _verify = new byte[VerifyChunk];
        private bool _panic;

        /// <summary>
        /// Creates the device over an initialized chip: <paramref name="partitionSize"/> bytes from
        /// <paramref name="partitionOffset"/>, both multiples of the 4 KiB erase unit. The device owns
        /// <paramref name="flash"/> once created; when the constructor throws, the caller still does.
        /// </summary>
        public NorZoneDevice(SpiNorFlash flash, int partitionOffset, int partitionSize)
        {
            if (flash == null)
            {
                throw new ArgumentNullException(nameof(flash));
            }

            int erase = flash.SmallestEraseSize;
            if (partitionOffset < 0 || partitionSize <= 0 || partitionOffset % erase != 0 || partitionSize % erase != 0)
            {
                throw new ArgumentException("NOR partition 0x" + partitionOffset.ToString("X") + "+" + partitionSize +
                    " must be a non-empty range aligned to the " + erase + "-byte erase unit",
                    partitionOffset < 0 || partitionOffset % erase != 0 ? nameof(partitionOffset) : nameof(partitionSize));
            }

            if (partitionOffset > flash.Capacity - partitionSize)
            {
                throw new ArgumentException("NOR partition 0x" + partitionOffset.ToString("X") + "+" + partitionSize +
                    " does not fit the " + flash.Capacity + "-byte " + flash.Part.Name,
                    partitionSize > flash.Capacity ? nameof(partitionSize) : nameof(partitionOffset));
            }

            _flash = flash;
            _offset = partitionOffset;
            _size = partitionSize;
        }

        /// <inheritdoc/>
        public string Name { get { return BackendName; } }

        /// <inheritdoc/>
        public int Size { get { return _size; } }

        /// <inheritdoc/>
        public int PageSize { get { return _flash.PageSize; } }

        /// <inheritdoc/>
        public int EraseSize { get { return _flash.SmallestEraseSize; } }

        /// <inheritdoc/>
        public bool EraseBeforeProgram { get { return true; } }

        /// <summary>Partition start on the chip.</summary>
        public int PartitionOffset { get { return _offset; } }

        /// <summary>True after <see cref="PanicTakeOver"/>: programs skip the erased check, erases are refused.</summary>
        public bool InPanic { get { return _panic; } }

        /// <summary>Erase units erased through this device (wear and benchmark accounting).</summary>
        public long EraseUnitsErased { get; private set; }

        /// <inheritdoc/>
        public void Read(int address, byte[] buffer, int offset, int count)
        {
            CheckRange("read", address, count);
            _flash.Read(_offset + address, buffer, offset, count);
        }

        /// <inheritdoc/>
        public void Program(int address, byte[] buffer, int offset, int count)
        {
            CheckRange("program", address, count);
            if (count == 0)
            {
                return;
            }

            if (!_panic)
            {
                int dirty = FirstBitToSet(address, buffer, offset, count);
                if (dirty >= 0)
                {
                    throw new NorFlashException("program at 0x" + address.ToString("X") + "+" + count +
                        " refused: partition byte 0x" + dirty.ToString("X") + " would need bits set (erase before program)");
                }
            }

            _flash.Program(_offset + address, buffer, offset, count);
        }

        /// <inheritdoc/>
        public void Erase(int address, int count)
        {
            CheckRange("erase", address, count);
            if (_panic)
            {
                throw new NorFlashException("erase at 0x" + address.ToString("X") + "+" + count +
                    " refused on the panic path: the dump zone must be erased beforehand");
            }

            _flash.Erase(_offset + address, count);
            EraseUnitsErased += count / EraseSize;
        }

        /// <summary>
        /// True when every byte of [address, address + count) reads 0xFF: the engine uses it to confirm
        /// that its spare dmesg zone and the next pmsg segment are ready.
        /// </summary>
        public bool IsErased(int address, int count)
        {
            CheckRange("erased check", address, count);
            return FirstNotErased(address, count) < 0;
        }

        /// <inheritdoc/>
        public void PanicTakeOver()
        {
            // Another thread may have been stopped between a program or erase command and its busy
            // poll: wait, within the longest erase time, until the chip accepts commands again.
            _panic = true;
            _flash.WaitWhileBusy("panic take-over");
        }

        /// <summary>Leaves panic mode (after the dump, in tests and tools; a real device reboots).</summary>
        internal void EndPanic()
        {
            _panic = false;
        }

        /// <summary>Disposes the driver, which releases the SPI bus (<see cref="SpiNorFlash.Dispose"/>).</summary>
        public void Dispose()
        {
            _flash.Dispose();
        }

        // The first byte whose program would need a 0 bit turned back into 1 (which only an erase can do), or -1.
        // Bytes that read erased always pass; zeros may be programmed over anything (invalidating a header).
        private int FirstBitToSet(int address, byte[] buffer, int offset, int count)
        {
            while (count > 0)
            {
                int n = count < VerifyChunk ? count : VerifyChunk;
                _flash.Read(_offset + address, _verify, 0, n);
                for (int i = 0; i < n; i++)
                {
                    byte wanted = buffer[offset + i];
                    if ((_verify[i] & wanted) != wanted)
                    {
                        return address + i;
                    }
                }

                address += n;
                offset += n;
                count -= n;
            }

            return -1;
        }

        private int FirstNotErased(int address, int count)
        {
            while (count > 0)
            {
                int n = count < VerifyChunk ? count : VerifyChunk;
                _flash.Read(_offset + address, _verify, 0, n);
                for (int i = 0; i < n; i++)
                {
                    if (_verify[i] != 0xFF)
                    {
                        return address + i;
                    }
                }

                address += n;
                count -= n;
            }

            return -1;
        }

        private void CheckRange(string operation, int address, int count)
        {
            if (address < 0 || count < 0 || address > _size - count)
            {
                throw new ArgumentOutOfRangeException(address < 0 || address > _size ? nameof(address) : nameof(count),
                    operation + " of 0x" + address.ToString("X") + "+" + count + " is outside the " + _size + "-byte NOR partition");
            }
        }
    }
}

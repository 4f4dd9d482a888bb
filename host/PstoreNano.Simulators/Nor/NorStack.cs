using System;
using PstoreNano.Drivers.Nor;

namespace PstoreNano.Simulators.Nor
{
    /// <summary>
    /// The whole NOR stack on the host: a <see cref="SimulatedNorChip"/> on a virtual clock, the
    /// <see cref="SpiNorFlash"/> driver and a <see cref="NorZoneDevice"/> partition. <see cref="Reboot"/> does
    /// what a board does after a reset or a power cut: power the chip, create and initialize a new driver and
    /// zone device (the old ones may be in panic mode). The erase units just before and after the partition
    /// hold a guard pattern, so a write outside the partition shows.
    /// </summary>
    public sealed class NorStack
    {
        /// <summary>SPI clock of the modelled board.</summary>
        public const int ClockHz = 20000000;

        private const int GuardSize = 4096;

        /// <summary>Creates the chip with guards around [<paramref name="partitionOffset"/>, + <paramref name="partitionSize"/>) and boots it.</summary>
        public NorStack(NorChipModel model, NorTimingMode timing, int partitionOffset, int partitionSize)
        {
            if (partitionOffset < GuardSize || partitionOffset + partitionSize + GuardSize > model.Capacity)
            {
                throw new ArgumentException("the partition needs a 4 KiB guard on each side inside the chip");
            }

            Clock = new VirtualClock();
            Chip = new SimulatedNorChip(model, Clock, ClockHz, timing);
            Time = new VirtualTimeSource(Clock);
            PartitionOffset = partitionOffset;
            PartitionSize = partitionSize;
            for (int i = 0; i < GuardSize; i++)
            {
                Chip.Data[partitionOffset - GuardSize + i] = GuardByte(i);
                Chip.Data[partitionOffset + partitionSize + i] = GuardByte(i);
            }

            Reboot();
        }

        /// <summary>A W25Q128JV at 20 MHz with typical timing.</summary>
        public static NorStack W25Q128JV(int partitionOffset, int partitionSize)
        {
            return new NorStack(NorChipModel.W25Q128JV(), NorTimingMode.Typical, partitionOffset, partitionSize);
        }

        public VirtualClock Clock { get; private set; }

        public SimulatedNorChip Chip { get; private set; }

        public VirtualTimeSource Time { get; private set; }

        /// <summary>The driver of the current boot.</summary>
        public SpiNorFlash Flash { get; private set; }

        /// <summary>The zone device of the current boot.</summary>
        public NorZoneDevice Device { get; private set; }

        public int PartitionOffset { get; private set; }

        public int PartitionSize { get; private set; }

        /// <summary>Powers the chip if a cut left it off, then a new driver and zone device; returns the device.</summary>
        public NorZoneDevice Reboot()
        {
            if (Chip.IsPoweredOff)
            {
                Chip.PowerOn();
            }

            Flash = new SpiNorFlash(Chip, Time);
            Flash.Init();
            Device = new NorZoneDevice(Flash, PartitionOffset, PartitionSize);
            return Device;
        }

        /// <summary>Null while the guards and the protocol are clean, else what went wrong.</summary>
        public string CheckChip()
        {
            if (Chip.ProtocolViolations.Count > 0)
            {
                return "the driver broke the SPI NOR protocol: " + string.Join("; ", Chip.ProtocolViolations);
            }

            for (int i = 0; i < GuardSize; i++)
            {
                if (Chip.Data[PartitionOffset - GuardSize + i] != GuardByte(i) ||
                    Chip.Data[PartitionOffset + PartitionSize + i] != GuardByte(i))
                {
                    return "a write or erase reached outside the partition (guard byte " + i + " changed)";
                }
            }

            return null;
        }

        private static byte GuardByte(int i)
        {
            return (byte)(0x5A ^ i);
        }
    }
}

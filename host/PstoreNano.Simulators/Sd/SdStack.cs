using System;
using PstoreNano.Config;
using PstoreNano.Drivers.Sd;

namespace PstoreNano.Simulators.Sd
{
    /// <summary>
    /// The whole SD stack on the host: a <see cref="SimulatedSdCard"/> on a virtual clock with an MBR whose
    /// partition 2 (type 0xDA) holds pstore between a FAT partition and a Linux one, the
    /// <see cref="SpiSdCard"/> driver and an <see cref="SdZoneDevice"/>. <see cref="Reboot"/> does what a
    /// board does after a reset or a power cut: power the card if a cut left it off, reset the host side
    /// (the card keeps its state) and bring up a new driver and zone device. <see cref="CheckCard"/> proves
    /// that nothing outside the pstore partition was written and that the driver kept to the protocol.
    /// </summary>
    public sealed class SdStack
    {
        /// <summary>Data clock of the modelled board.</summary>
        public const int ClockHz = 20000000;

        /// <summary>MBR partition number of pstore.</summary>
        public const int PstorePartition = 2;

        /// <summary>Creates the card, writes its MBR with pstore at <paramref name="firstSector"/>, and boots.</summary>
        public SdStack(SdCardModel model, SdTimingModel timing, long firstSector, long sectorCount, PstoreConfig config, bool crc, int seed)
        {
            Clock = new VirtualClock();
            Time = new VirtualTimeSource(Clock);
            Card = new SimulatedSdCard(model, Clock, timing, seed);
            FirstSector = firstSector;
            SectorCount = sectorCount;
            Crc = crc;
            Config = config.Clone();
            Config.Backend = StorageBackend.Sd;
            Config.SdMbrPartition = PstorePartition;
            SdCardImages.WriteMbr(Card,
                new long[] { 0x0C, 2048, firstSector - 2048 },
                new long[] { MbrPartitionTable.PstoreType, firstSector, sectorCount },
                new long[] { 0x83, firstSector + sectorCount, model.Sectors - firstSector - sectorCount });
            Reboot();
        }

        /// <summary>An SDHC card of 32 MiB with pstore in 64 KiB at sector 8192 (4 MiB, allocation-unit aligned).</summary>
        public static SdStack Sdhc(PstoreConfig config, int seed)
        {
            return new SdStack(SdCardModel.Sdhc(65536), SdTimingModel.Typical(), 8192, config.PartitionSize / 512, config, true, seed);
        }

        public VirtualClock Clock { get; private set; }

        public VirtualTimeSource Time { get; private set; }

        public SimulatedSdCard Card { get; private set; }

        /// <summary>The configuration the stack mounts with (backend sd, MBR partition 2).</summary>
        public PstoreConfig Config { get; private set; }

        public long FirstSector { get; private set; }

        public long SectorCount { get; private set; }

        public bool Crc { get; private set; }

        /// <summary>The driver of the current boot.</summary>
        public SpiSdCard Driver { get; private set; }

        /// <summary>The zone device of the current boot.</summary>
        public SdZoneDevice Device { get; private set; }

        /// <summary>Powers the card if a cut left it off, resets the host, and brings up a new driver and device.</summary>
        public SdZoneDevice Reboot()
        {
            if (Card.IsPoweredOff)
            {
                Card.PowerOn();
            }

            Card.McuReset();
            Driver = new SpiSdCard(Card, Time, SdTimeouts.Default(), ClockHz, Crc);
            Driver.Init();
            Device = SpiSdPstore.Open(Driver, Time, Config);
            return Device;
        }

        /// <summary>Null while the driver kept to the protocol and only pstore's sectors were written, else what went wrong.</summary>
        public string CheckCard()
        {
            if (Card.ProtocolViolations.Count > 0)
            {
                return "the driver broke the SD protocol: " + string.Join("; ", Card.ProtocolViolations);
            }

            foreach (long sector in Card.WrittenSectors)
            {
                if (sector < FirstSector || sector >= FirstSector + SectorCount)
                {
                    return "sector " + sector + " outside the pstore partition (sectors " + FirstSector + "+" + SectorCount + ") was written";
                }
            }

            return null;
        }
    }
}

using System;
using System.IO;
using PstoreNano.Config;
using PstoreNano.Drivers.Sd;
using PstoreNano.Simulators;
using PstoreNano.Simulators.Sd;
using PstoreNano.Tool.Cli;

namespace PstoreNano.Tool
{
    /// <summary>
    /// A whole-card image (MBR at LBA 0) opened through the SD driver stack: SdZoneDevice → SpiSdCard → a
    /// simulated SDHC card holding the file's sectors, with the partition found as the device finds it
    /// (<see cref="SpiSdPstore.Open"/>). The partition is the configured one (--partition, else nf.config's
    /// MBR partition), else the first of type 0xDA. Saving writes back the partition's sectors only.
    /// </summary>
    public static class SdCardImage
    {
        private const int SectorSize = SpiSdCard.SectorSize;

        /// <summary>Reads LBA 0 and the partition's sectors from <paramref name="file"/>, the rest of a card dump stays on disk.</summary>
        public static ImageFile Load(string path, FileStream file, PstoreConfig config)
        {
            long fileSectors = file.Length / SectorSize;
            // CSD version 2 counts capacity in 512 KiB units: the card rounds up, the file's end bounds the partition.
            long cardSectors = (fileSectors + 1023) / 1024 * 1024;
            VirtualClock clock = new VirtualClock();
            VirtualTimeSource time = new VirtualTimeSource(clock);
            SimulatedSdCard card = new SimulatedSdCard(SdCardModel.Sdhc(cardSectors), clock, SdTimingModel.Typical(), 1);
            card.WriteSectorDirect(0, ReadAt(path, file, 0, 1), 0);
            SpiSdCard driver = new SpiSdCard(card, time, SdTimeouts.Default(), ImageFile.NorClockHz, true);
            driver.Init();
            PstoreConfig sd = config.Clone();
            sd.Backend = StorageBackend.Sd;
            string what = "--image " + path;
            string named = config.SdMbrPartition > 0 ? ", partition " + config.SdMbrPartition : "";
            SdRegion region;
            SdZoneDevice device;
            byte[] partition;
            try
            {
                if (sd.SdMbrPartition == 0)
                {
                    sd.SdMbrPartition = MbrPartitionTable.NumberOfType(driver, new byte[SectorSize], MbrPartitionTable.PstoreType);
                }

                region = MbrPartitionTable.FindByNumber(driver, new byte[SectorSize], sd.SdMbrPartition);
                if (region.FirstSector + region.SectorCount > fileSectors)
                {
                    throw ToolError.Problem(what + ": " + region.Source + " (sectors " + region.FirstSector + "+" + region.SectorCount +
                        ") runs past the end of the " + ImageBytes.Describe(file.Length) + " card image; is the dump truncated?");
                }

                // Only the sectors the device may use are loaded: pstore's size, else the partition (within an int).
                long used = config.PartitionSize > 0 ? config.PartitionSize / SectorSize : region.SectorCount;
                partition = ReadAt(path, file, region.FirstSector, Math.Min(Math.Min(used, region.SectorCount), int.MaxValue / SectorSize));
                for (int s = 0; s < partition.Length / SectorSize; s++)
                {
                    card.WriteSectorDirect(region.FirstSector + s, partition, s * SectorSize);
                }

                device = SpiSdPstore.Open(driver, time, sd);
            }
            catch (SdCardException e)
            {
                // Only a table without a 0xDA entry is helped by naming a partition.
                bool noPstoreType = config.SdMbrPartition == 0 && e.Message.Contains("no MBR partition of type");
                string hint = noPstoreType ? " Pass --partition N (1..4) to name the pstore partition." : "";
                throw ToolError.Problem(what + named + ": " + e.Message + hint);
            }
            catch (ArgumentException e)
            {
                // The configured pstore size does not fit the partition (SpiSdPstore and SdZoneDevice say how).
                throw ToolError.Problem(what + ": " + Simple(e) + " (the pstore partition size is nf.config " +
                    PstoreConfig.PartitionSizeKey + "; 0 takes the whole MBR partition)");
            }

            byte[] original = new byte[device.Size];
            Array.Copy(partition, original, device.Size);
            return new ImageFile(path, device, clock, region.Source, Writer(card, region.FirstSector, device.Size / SectorSize))
            {
                OriginalBytes = original,
            };
        }

        /// <summary>
        /// A card image of 2048 + <paramref name="partitionBytes"/> / 512 sectors (rounded up to 512 KiB) whose MBR
        /// partition 1, type 0xDA, at sector 2048 (1 MiB, as partitioning tools align), is erased.
        /// </summary>
        public static byte[] Blank(int partitionBytes)
        {
            const long first = 2048;
            long count = partitionBytes / SectorSize;
            long sectors = (first + count + 1023) / 1024 * 1024;
            SimulatedSdCard card = new SimulatedSdCard(SdCardModel.Sdhc(sectors), new VirtualClock(), SdTimingModel.Typical(), 1);
            SdCardImages.WriteMbr(card, new long[] { MbrPartitionTable.PstoreType, first, count });
            byte[] bytes = new byte[sectors * SectorSize];
            Array.Copy(card.ReadSector(0), bytes, SectorSize);
            Array.Fill(bytes, (byte)0xFF, (int)(first * SectorSize), (int)(count * SectorSize));
            return bytes;
        }

        private static byte[] ReadAt(string path, FileStream file, long firstSector, long count)
        {
            byte[] bytes = new byte[count * SectorSize];
            try
            {
                file.Seek(firstSector * SectorSize, SeekOrigin.Begin);
                file.ReadExactly(bytes);
            }
            catch (IOException e)
            {
                throw ToolError.Problem("--image " + path + ": cannot be read (" + e.Message + ")");
            }

            return bytes;
        }

        private static string Simple(ArgumentException e)
        {
            int parameter = e.Message.IndexOf(" (Parameter '", StringComparison.Ordinal);
            return parameter < 0 ? e.Message : e.Message.Substring(0, parameter);
        }

        // Writes the pstore sectors in place: the rest of the card (its other partitions) stays byte for byte.
        private static Action<string> Writer(SimulatedSdCard card, long first, long count)
        {
            return path =>
            {
                using (FileStream file = new FileStream(path, FileMode.Open, FileAccess.Write))
                {
                    file.Seek(first * SectorSize, SeekOrigin.Begin);
                    for (long s = first; s < first + count; s++)
                    {
                        file.Write(card.ReadSector(s), 0, SectorSize);
                    }
                }
            };
        }
    }
}

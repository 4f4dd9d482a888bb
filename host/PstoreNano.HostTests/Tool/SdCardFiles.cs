using System;
using System.IO;
using PstoreNano.Records;
using PstoreNano.Simulators.Sd;
using PstoreNano.Tool;

namespace PstoreNano.HostTests.Tool
{
    /// <summary>
    /// Whole-card images for the tool's SD tests: an 8 MiB card (FAT, pstore, Linux partitions, as
    /// <see cref="SdStack"/> lays them out) whose records the engine wrote through the SD driver stack.
    /// </summary>
    public static class SdCardFiles
    {
        public const long PstoreFirst = 4096;

        public static readonly string[] Lines = { "boot: firmware 1.4.2 starting", "pump: valve 2 opened for 30 s" };

        /// <summary>A card image with pmsg lines and a panic dump in partition 2, and a pattern in the other partitions.</summary>
        public static string WithRecords()
        {
            SdStack stack = Stack();
            Pstore store = Pstore.Mount(stack.Device, stack.Config);
            foreach (string line in Lines)
            {
                store.Log(line);
            }

            store.Dump(DumpReason.Panic, new InvalidOperationException("pump stalled"));
            return Save(stack.Card);
        }

        /// <summary>A new SD stack (nothing written yet) with patterned FAT and Linux partitions.</summary>
        public static SdStack Stack()
        {
            SdStack stack = new SdStack(SdCardModel.Sdhc(16384), SdTimingModel.Typical(), PstoreFirst, 2048,
                ConfigFiles.Load((string)null), true, 1);
            byte[] pattern = new byte[512];
            foreach (long sector in new long[] { 2048, 4095, 6144, 16383 })
            {
                Array.Fill(pattern, (byte)(sector % 251));
                stack.Card.WriteSectorDirect(sector, pattern, 0);
            }

            return stack;
        }

        /// <summary>Writes every sector of <paramref name="card"/> to a file in a fresh folder.</summary>
        public static string Save(SimulatedSdCard card)
        {
            string path = Path.Combine(TestImages.Folder(), "card.img");
            using (FileStream file = File.Create(path))
            {
                for (long s = 0; s < card.Model.Sectors; s++)
                {
                    file.Write(card.ReadSector(s), 0, 512);
                }
            }

            return path;
        }
    }
}

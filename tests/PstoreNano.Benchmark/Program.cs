using System;

namespace PstoreNano.Benchmark
{
    /// <summary>
    /// Prints PstoreNano's per-byte cost on this runtime as ratios to Array.Copy + CRC-32 of the same bytes
    /// (docs: README, "Speed on the interpreter"). Run on nanoCLR with
    /// <c>../shared/nanoclr/nanoclr-check --run-app PstoreNanoBench</c>.
    /// </summary>
    public static class Program
    {
        /// <summary>Runs every measurement once and prints one line each.</summary>
        public static void Main()
        {
            // Each figure is the least of three runs: a busy host only ever adds time.
            InterpreterBench bench = new InterpreterBench(200);
            long baseLine = long.MaxValue, base64 = long.MaxValue, base1k = long.MaxValue, base4k = long.MaxValue;
            for (int run = 0; run < 3; run++)
            {
                baseLine = Least(baseLine, bench.BaselineTicksPer1000Bytes(58));
                base64 = Least(base64, bench.BaselineTicksPer1000Bytes(64));
                base1k = Least(base1k, bench.BaselineTicksPer1000Bytes(1024));
                base4k = Least(base4k, bench.BaselineTicksPer1000Bytes(4096));
            }

            Console.WriteLine("bench: baseline (Array.Copy + CRC-32): " + baseLine + " / " + base64 + " / " + base4k +
                " ticks per 1000 bytes in 58 / 64 / 4096-byte pieces");
            for (int device = 0; device < 2; device++)
            {
                // First on the RAM NOR device the tests use (its per-byte program check included), then on a
                // device that only copies, as a real chip's SPI transfer does: the engine's own cost.
                bench.CopyOnly = device == 1;
                string on = device == 0 ? " (RAM NOR device)" : " (copy-only device)";
                long log = long.MaxValue, write64 = long.MaxValue, write1k = long.MaxValue, dump = long.MaxValue;
                int recordBytes = 0;
                for (int run = 0; run < 3; run++)
                {
                    log = Least(log, bench.LogTicksPer1000Bytes());
                    write64 = Least(write64, bench.PmsgWriteTicksPer1000Bytes(64));
                    write1k = Least(write1k, bench.PmsgWriteTicksPer1000Bytes(1024));
                    dump = Least(dump, bench.DumpTicksPer1000Bytes(out recordBytes));
                }

                Report("Pstore.Log, 57-byte line" + on, log, baseLine, 300);
                Report("pmsg write, 64 B" + on, write64, base64, 200);
                Report("pmsg write, 1024 B" + on, write1k, base1k, 200);
                Report("panic dump, 4 KiB zone (" + recordBytes + " B)" + on, dump, base4k, 130);
            }

            long listed, listRead, record, recordRead;
            bench.ReadCosts(out listed, out listRead, out record, out recordRead);
            Console.WriteLine("bench: listing " + listed + " record bytes read " + listRead + " bytes from flash");
            Console.WriteLine("bench: reading the " + record + "-byte pmsg record read " + recordRead + " bytes (" +
                Hundredths(record == 0 ? 0 : recordRead * 100 / record) + " x its size, target <= 1.20)");
        }

        private static void Report(string what, long cost, long baseline, int targetHundredths)
        {
            long ratio = baseline == 0 ? 0 : cost * 100 / baseline;
            Console.WriteLine("bench: " + what + ": " + cost + " ticks per 1000 bytes, " + Hundredths(ratio) +
                " x baseline (target <= " + Hundredths(targetHundredths) + ") " + (ratio <= targetHundredths ? "met" : "not met"));
        }

        private static long Least(long a, long b)
        {
            return a < b ? a : b;
        }

        private static string Hundredths(long value)
        {
            long fraction = value % 100;
            return (value / 100) + "." + (fraction < 10 ? "0" : "") + fraction;
        }
    }
}

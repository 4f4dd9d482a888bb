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
            long log = long.MaxValue, write64 = long.MaxValue, write1k = long.MaxValue;
            for (int run = 0; run < 3; run++)
            {
                baseLine = Least(baseLine, bench.BaselineTicksPer1000Bytes(58));
                base64 = Least(base64, bench.BaselineTicksPer1000Bytes(64));
                base1k = Least(base1k, bench.BaselineTicksPer1000Bytes(1024));
                base4k = Least(base4k, bench.BaselineTicksPer1000Bytes(4096));
                log = Least(log, bench.LogTicksPer1000Bytes());
                write64 = Least(write64, bench.PmsgWriteTicksPer1000Bytes(64));
                write1k = Least(write1k, bench.PmsgWriteTicksPer1000Bytes(1024));
            }

            Console.WriteLine("bench: baseline (Array.Copy + CRC-32): " + baseLine + " / " + base64 + " / " + base4k +
                " ticks per 1000 bytes in 58 / 64 / 4096-byte pieces");
            Report("Pstore.Log, 57-byte line", log, baseLine, 300);
            Report("pmsg write, 64 B", write64, base64, 200);
            Report("pmsg write, 1024 B", write1k, base1k, 200);
            int recordBytes;
            long dump = bench.DumpTicksPer1000Bytes(out recordBytes);
            Report("panic dump, 4 KiB zone (" + recordBytes + " B)", dump, base4k, 130);

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

using PstoreNano.Config;
using PstoreNano.Engine;
using PstoreNano.Simulators.Nor;

namespace PstoreNano.Tool
{
    /// <summary>
    /// Small pmsg writes through the write-back buffer (CONFIG_PSTORENANO_PMSG_BUFFER_SIZE): the buffer
    /// batches them into chunks of its size, so the per-write chunk header stops inflating erases per MiB.
    /// </summary>
    public static class BenchBuffered
    {
        /// <summary>Write-back buffer of the measured run.</summary>
        public const int BufferBytes = 1024;

        /// <summary>Erases per MiB logged for writes of <paramref name="size"/> bytes through the buffer.</summary>
        public static double ErasesPerMiBLogged(int size, long payloadVolume)
        {
            NorStack stack = BenchSetup.Stack(PmsgAppendRun.PartitionSize, NorTimingMode.Typical);
            PstoreConfig config = BenchSetup.Config(PmsgAppendRun.PartitionSize);
            config.PmsgBufferSize = BufferBytes;
            Pstore store = Pstore.Mount(stack.Reboot(), config, new NoWallClock());
            ChipMeter meter = new ChipMeter(stack.Chip);
            meter.Start();
            long logged = 0;
            for (int i = 0; logged < payloadVolume; i++)
            {
                byte[] data = BenchSetup.Payload(size, i);
                store.WritePmsg(data, 0, data.Length);
                logged += size;
            }

            store.FlushPmsg();
            return meter.Erases / (logged / 1048576.0);
        }
    }
}

using System;
using PstoreNano.Config;
using PstoreNano.Records;
using PstoreNano.Simulators;
using PstoreNano.Simulators.Campaign;
using PstoreNano.Simulators.Sd;

namespace PstoreNano.Tool
{
    /// <summary>
    /// (g) The engine on the simulated SD stack (SDHC, 20 MHz, typical timing: 0.7 ms busy per sector, 0.4 ms read
    /// access): a 4 KiB panic dump and unbuffered pmsg appends of 16, 64, 256 and 1024 bytes, each against the
    /// card's own time for the sectors it programmed (each sector's token, data and CRC on the wire plus its busy).
    /// </summary>
    public static class BenchSd
    {
        private const int SectorWire = 512 + 2 + 1 + 1;

        public static BenchTable Run(bool smoke)
        {
            BenchTable t = new BenchTable("(g) SD card in SPI mode, simulated SDHC at 20 MHz, typical timing",
                "operation", "commands", "sectors written", "payload sectors", "modeled time", "bound", "time/bound", "format overhead", "vs target");
            Dump(t);
            foreach (int size in new[] { 16, 64, 256, 1024 })
            {
                Append(t, size, smoke ? 40 : 400);
            }

            t.Note("bound = sectors written x (" + SectorWire + " bytes on the wire + the card's busy); modeled time adds commands, responses,");
            t.Note("CMD13 after each write and the read of a partially written sector. Targets: dump <= 1.10 x bound; an append writes at");
            t.Note("most one sector beyond the sectors its payload touches; format overhead <= 3 % of bytes written for 256-byte appends");
            t.Note("(unbuffered appends carry a 16-byte chunk header each; CONFIG_PSTORENANO_PMSG_BUFFER_SIZE coalesces them).");
            t.Note("These targets are reported, not enforced, until the block path meets them: the dump's commit reads its first");
            t.Note("sector back (one read access), and a segment switch erases the next 4 KiB segment ahead (8 sectors + marker).");
            return t;
        }

        private static void Dump(BenchTable t)
        {
            PstoreConfig config = SdCampaign.Config();
            config.KmsgRamSize = 4096;
            SdStack stack = SdStack.Sdhc(config, 1);
            Pstore store = Pstore.Mount(stack.Device, stack.Config);
            for (int i = 0; store.Kmsg.Length < store.Kmsg.Capacity - 200; i++)
            {
                store.Kmsg.AppendLine("greenhouse: sensor " + (i % 8) + " soil moisture " + (30 + i % 40) + " %, valve " + (i % 3) + " closed");
            }

            Meter m = new Meter(stack);
            bool stored = store.Dump(DumpReason.Panic, "System.InvalidOperationException", "pump controller lost its I2C bus",
                "   at Greenhouse.Pump.Run()\n   at Greenhouse.Program.Main()");
            m.Stop();
            double ratio = (double)m.Nanoseconds / m.BoundNs;
            int record = 0;
            foreach (PstoreRecord r in store.ListRecords())
            {
                record = r.Type == RecordType.Dmesg ? r.Size : record;
            }

            t.Row(null, "4 KiB panic dump (" + record + " B of text)", m.Commands.ToString(), m.Sectors.ToString(),
                ((record + 52 + 511) / 512).ToString(),
                ChipMeter.Time(m.Nanoseconds), ChipMeter.Time(m.BoundNs), ratio.ToString("F3"), "", Met(stored && ratio <= 1.10));
        }

        private static void Append(BenchTable t, int size, int count)
        {
            SdStack stack = SdStack.Sdhc(SdCampaign.Config(), 1);
            Pstore store = Pstore.Mount(stack.Device, stack.Config);
            byte[] data = new byte[size];
            for (int i = 0; i < size; i++)
            {
                data[i] = (byte)('a' + i % 26);
            }

            // Past the first segment switch, so erase-ahead is part of the average.
            Meter m = new Meter(stack);
            long payloadSectors = 0;
            long worstExtra = 0;
            int address = 0;
            for (int i = 0; i < count; i++)
            {
                long before = stack.Card.SectorsWritten;
                store.WritePmsg(data, 0, size);
                long touched = (address + size - 1) / 512 - address / 512 + 1;
                address += size;
                payloadSectors += touched;
                long extra = stack.Card.SectorsWritten - before - touched;
                worstExtra = Math.Max(worstExtra, extra);
            }

            m.Stop();
            double ratio = (double)m.Nanoseconds / m.BoundNs;
            double overhead = 16.0 / (size + 16);
            bool pass = worstExtra <= 1 && (size != 256 || overhead <= 0.03);
            t.Row(null, "pmsg append " + size + " B (mean of " + count + ")", Per(m.Commands, count), Per(m.Sectors, count),
                Per(payloadSectors, count), ChipMeter.Time(m.Nanoseconds / count), ChipMeter.Time(m.BoundNs / count),
                ratio.ToString("F3"), (overhead * 100).ToString("F1") + " %, worst +" + worstExtra + " sectors", Met(pass));
        }

        private static string Met(bool met)
        {
            return met ? "met" : "not met";
        }

        private static string Per(long total, int count)
        {
            return ((double)total / count).ToString("F2");
        }

        private sealed class Meter
        {
            private readonly SdStack _stack;
            private readonly long _ns;
            private readonly long _commands;
            private readonly long _sectors;
            private readonly long _busy;

            public Meter(SdStack stack)
            {
                _stack = stack;
                _ns = stack.Clock.Nanoseconds;
                _commands = stack.Card.Commands;
                _sectors = stack.Card.SectorsWritten;
                _busy = stack.Card.BusyNanoseconds;
            }

            public long Nanoseconds { get; private set; }

            public long Commands { get; private set; }

            public long Sectors { get; private set; }

            public long BoundNs { get; private set; }

            public void Stop()
            {
                Nanoseconds = _stack.Clock.Nanoseconds - _ns;
                Commands = _stack.Card.Commands - _commands;
                Sectors = _stack.Card.SectorsWritten - _sectors;
                long wire = Sectors * SectorWire * 8L * 1000000000L / SdStack.ClockHz;
                BoundNs = wire + (_stack.Card.BusyNanoseconds - _busy);
            }
        }
    }
}

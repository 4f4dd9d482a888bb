using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using nanoFramework.TestFramework;
using PstoreNano.Devices;
using PstoreNano.Records;
using PstoreNano.Testing;
using PstoreNano.Tests;
using PstoreNano.Zones;

namespace PstoreNano.HostTests.Pmsg
{
    /// <summary>
    /// Cuts the power after every programmed and every erased byte of a scripted pmsg workload (and
    /// for every 4th cut point once more inside the recovery), then checks what a user would: mount
    /// works, acknowledged writes are intact and in order, the in-flight one is all or nothing, the
    /// next write works.
    /// </summary>
    [TestClass]
    public class PmsgPowerCutSweepTests
    {
        private const int Segments = 4;

        // What the ring must keep: normally the (segments - 2) full segments before the head. A cut
        // abandons the rest of the head segment, so once the next write opens a new segment there is
        // one segment fewer per cut. Of those segments' chunk bytes (4096 - the segment header each), the write cut at
        // the front (at most the largest write) and the parts of in-flight writes are not acknowledged
        // data; each acknowledged write costs its payload plus two chunk headers (a split).
        private const int ChunkBytesPerSegment = 4096 - PstoreNano.Zones.Pmsg.PmsgFormat.SegmentHeaderSize;
        private const int LargestWrite = 2000;
        private const int RecoveryWrite = 300;

        // Every this many cut points, the recovery that follows is cut again.
        private const int SecondCutEvery = 4;

        [TestMethod]
        public void EveryCutPointRecovers()
        {
            Stopwatch clock = Stopwatch.StartNew();
            MemoryFlashDevice uncut = PmsgKit.NewDevice(Segments);
            Run(uncut, new PmsgModel(), new Workload());
            long totalSteps = uncut.Steps;
            List<long> cuts = new List<long>();
            for (long k = 0; k < totalSteps; k++)
            {
                cuts.Add(k);
            }

            string firstFailure = null;
            int covered = 0;
            Parallel.ForEach(cuts, new ParallelOptions { MaxDegreeOfParallelism = 2 }, k =>
            {
                string failure = CutAndCheck(k);
                Interlocked.Increment(ref covered);
                if (failure != null)
                {
                    Interlocked.CompareExchange(ref firstFailure, "cut after step " + k + ": " + failure, null);
                }
            });

            OutputHelper.WriteLine("pmsg power-cut sweep: " + covered + " cut points, every step of the workload (" +
                uncut.BytesProgrammed + " programmed bytes, " + (uncut.EraseOps * uncut.EraseSize) +
                " erased bytes), a second cut in the recovery of every " + SecondCutEvery + "th, in " +
                clock.ElapsedMilliseconds + " ms");
            Assert.IsNull(firstFailure, firstFailure);
            Assert.AreEqual(cuts.Count, covered);
        }

        private static string CutAndCheck(long k)
        {
            MemoryFlashDevice device = PmsgKit.NewDevice(Segments);
            PmsgModel model = new PmsgModel();
            Workload work = new Workload();
            device.CutAfter(k);
            try
            {
                Run(device, model, work);
                return "the workload finished without reaching the cut";
            }
            catch (PowerCutException)
            {
            }

            device.PowerOn();
            try
            {
                // The in-flight operation is all or nothing: the ring matches one of these models.
                List<PmsgModel> candidates = new List<PmsgModel> { model };
                if (work.InFlightWrite != null)
                {
                    PmsgModel with = model.Copy();
                    with.Add(work.InFlightWrite, work.InFlightBoot);
                    candidates.Add(with);
                }

                if (work.InFlightTrimBoot >= 0)
                {
                    PmsgModel with = model.Copy();
                    with.TrimThrough((uint)work.InFlightTrimBoot);
                    candidates.Add(with);
                }

                string recovery = "";
                int cuts = 1;
                if (k % SecondCutEvery == 0)
                {
                    recovery = CutRecovery(device, k, candidates);
                    cuts = recovery.Length == 0 ? 1 : 2;
                }

                int inFlight = (work.InFlightWrite == null ? 0 : work.InFlightWrite.Length) + (cuts - 1) * RecoveryWrite;
                PmsgRing ring = PmsgKit.Mount(device);
                string error = Match(ring, device.Name, candidates, MustKeepBytes(Segments - 1 - cuts, inFlight), out PmsgModel holds);
                if (error != null)
                {
                    return recovery + error;
                }

                byte[] next = PmsgKit.Pattern(77, 4243);
                if (ring.Write(next, 0, next.Length, false) != next.Length)
                {
                    return recovery + "the write after the cut was cut short";
                }

                holds.Add(next, ring.BootNumber);
                int keep = MustKeepFrom(holds, MustKeepBytes(Segments - 2 - cuts, inFlight));
                string after = holds.Check(PmsgKit.Mount(device), device.Name, keep < holds.Count - 1 ? keep : holds.Count - 1);
                return after == null ? null : recovery + "after the next write: " + after;
            }
            catch (Exception e)
            {
                return e.GetType().Name + ": " + e.Message + e.StackTrace;
            }
        }

        // A second cut inside the recovery (mount, then one write), at a step derived from k. Adds the
        // models in which that write landed.
        private static string CutRecovery(MemoryFlashDevice device, long k, List<PmsgModel> candidates)
        {
            MemoryFlashDevice dry = new MemoryFlashDevice((byte[])device.Data.Clone(), device.PageSize, device.EraseSize, device.Name);
            byte[] next = PmsgKit.Pattern(RecoveryWrite, 99);
            uint boot = Recover(dry, next);
            long recoverySteps = dry.Steps;
            if (recoverySteps == 0)
            {
                return "";
            }

            long j = k * 7919 % recoverySteps;
            device.CutAfter(j);
            try
            {
                Recover(device, next);
                return "no second cut; ";
            }
            catch (PowerCutException)
            {
            }

            device.PowerOn();
            int count = candidates.Count;
            for (int i = 0; i < count; i++)
            {
                PmsgModel with = candidates[i].Copy();
                with.Add(next, boot);
                candidates.Add(with);
            }

            return "second cut after recovery step " + j + ": ";
        }

        private static uint Recover(MemoryFlashDevice device, byte[] next)
        {
            PmsgRing ring = PmsgKit.Mount(device);
            ring.Write(next, 0, next.Length, false);
            return ring.BootNumber;
        }

        private static string Match(PmsgRing ring, string name, List<PmsgModel> candidates, int mustKeepBytes, out PmsgModel holds)
        {
            string errors = "";
            foreach (PmsgModel candidate in candidates)
            {
                // Whatever the budget, the last acknowledged write (the last of the first candidate) survives.
                int lastAcknowledged = candidates[0].Count - 1;
                lastAcknowledged = lastAcknowledged > candidate.Trimmed ? lastAcknowledged : candidate.Trimmed;
                int keep = MustKeepFrom(candidate, mustKeepBytes);
                string error = candidate.Check(ring, name, keep < lastAcknowledged ? keep : lastAcknowledged);
                if (error == null)
                {
                    holds = candidate;
                    return null;
                }

                errors += (errors.Length == 0 ? "" : " / ") + error;
            }

            holds = null;
            return "no all-or-nothing outcome matches: " + errors;
        }

        private static int MustKeepBytes(int keptSegments, int inFlight)
        {
            return keptSegments * ChunkBytesPerSegment - (LargestWrite + 16) - (inFlight + 32);
        }

        // Index of the oldest write that must still be there: the newest writes whose cost fits the budget.
        private static int MustKeepFrom(PmsgModel model, int mustKeepBytes)
        {
            int from = model.Count;
            int bytes = 0;
            while (from > model.Trimmed && bytes + model.SizeOf(from - 1) + 32 <= mustKeepBytes)
            {
                from--;
                bytes += model.SizeOf(from) + 32;
            }

            return from;
        }

        // Three boots of appends (1..512 bytes, about 18 KiB: the 12 KiB ring wraps), a record erase and a panic write, one record erase, remounts.
        private static void Run(IZoneDevice device, PmsgModel model, Workload work)
        {
            int seed = 0;
            for (int boot = 0; boot < 3; boot++)
            {
                PmsgRing ring = PmsgKit.Mount(device);
                int writes = boot == 1 ? 15 : 28;
                for (int i = 0; i < writes; i++)
                {
                    int size = 1 + (seed * 173 + boot * 7) % 512;
                    byte[] data = PmsgKit.Pattern(size, seed++);
                    work.InFlightWrite = data;
                    work.InFlightBoot = ring.BootNumber;
                    ring.Write(data, 0, size, false);
                    work.InFlightWrite = null;
                    model.Add(data, ring.BootNumber);
                }

                if (boot == 1)
                {
                    ArrayList records = PmsgKit.List(ring);
                    PstoreRecord oldest = (PstoreRecord)records[0];
                    work.InFlightTrimBoot = (int)oldest.BootNumber;
                    ring.Erase(oldest);
                    work.InFlightTrimBoot = -1;
                    model.TrimThrough(oldest.BootNumber);

                    // The boot ends in a crash: a panic-path write (no erase), then a reboot.
                    byte[] crash = PmsgKit.Pattern(LargestWrite, 777);
                    work.InFlightWrite = crash;
                    work.InFlightBoot = ring.BootNumber;
                    if (ring.Write(crash, 0, crash.Length, true) != crash.Length)
                    {
                        throw new InvalidOperationException("the panic write lost bytes although a segment was ready");
                    }

                    work.InFlightWrite = null;
                    model.Add(crash, ring.BootNumber);
                }
            }
        }

        private sealed class Workload
        {
            public byte[] InFlightWrite;
            public uint InFlightBoot;
            public int InFlightTrimBoot = -1;
        }
    }
}

using System;
using System.Collections;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using nanoFramework.TestFramework;
using PstoreNano.Devices;
using PstoreNano.Records;
using PstoreNano.Tests;
using PstoreNano.Zones;

namespace PstoreNano.HostTests.Pmsg
{
    /// <summary>
    /// Cuts the power at every programmed byte (and at the erased bytes that matter, see
    /// <see cref="IsCutPoint"/>) of a scripted pmsg workload, then checks recovery.
    /// </summary>
    [TestClass]
    public class PmsgPowerCutSweepTests
    {
        private const int Segments = 4;

        // Bytes the ring must keep whatever happens: (segments - 2) sealed segments, charging each
        // write its payload plus two chunk headers (a split) so the bound is conservative.
        private const int GuaranteedBytes = (Segments - 2) * (4096 - 28 - 32);

        [TestMethod]
        public void EveryCutPointRecovers()
        {
            Stopwatch clock = Stopwatch.StartNew();
            StepMapDevice map = new StepMapDevice(PmsgKit.NewDevice(Segments));
            Run(map, new PmsgModel(), new Workload());
            long totalSteps = map.Flash.Steps;
            List<long> cuts = new List<long>();
            for (long k = 0; k < totalSteps; k++)
            {
                if (map.IsCutPoint(k))
                {
                    cuts.Add(k);
                }
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

            OutputHelper.WriteLine("pmsg power-cut sweep: " + covered + " cut points of " + totalSteps + " steps (" +
                map.ProgramSteps + " programmed bytes, all covered; " + map.EraseSteps + " erased bytes, " +
                (covered - map.ProgramSteps) + " covered) in " + clock.ElapsedMilliseconds + " ms");
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
                PmsgRing ring = PmsgKit.Mount(device);
                string error = CheckEitherWay(ring, device.Name, model, work);
                if (error != null)
                {
                    return error;
                }

                byte[] next = PmsgKit.Pattern(77, 4242);
                if (ring.Write(next, 0, next.Length, false) != next.Length)
                {
                    return "the write after the cut was cut short";
                }

                model.Add(next, ring.BootNumber);
                PmsgRing again = PmsgKit.Mount(device);
                return model.Check(again, device.Name, model.Count - 1);
            }
            catch (Exception e)
            {
                return e.GetType().Name + ": " + e.Message + e.StackTrace;
            }
        }

        // The in-flight operation is all or nothing: the ring matches the model without it or with it.
        private static string CheckEitherWay(PmsgRing ring, string name, PmsgModel model, Workload work)
        {
            int mustKeep = MustKeepFrom(model);
            string without = model.Check(ring, name, mustKeep);
            if (without == null)
            {
                return null;
            }

            if (work.InFlightWrite != null)
            {
                model.Add(work.InFlightWrite, work.InFlightBoot);
                string with = model.Check(ring, name, MustKeepFrom(model));
                if (with == null)
                {
                    return null;
                }

                model.RemoveLast();
                return "neither without the in-flight write (" + without + ") nor with it (" + with + ")";
            }

            if (work.InFlightTrimBoot >= 0)
            {
                int saved = model.Trimmed;
                model.TrimThrough((uint)work.InFlightTrimBoot);
                string with = model.Check(ring, name, MustKeepFrom(model));
                if (with == null)
                {
                    return null;
                }

                model.Trimmed = saved;
                return "neither without the in-flight erase (" + without + ") nor with it (" + with + ")";
            }

            return without;
        }

        private static int MustKeepFrom(PmsgModel model)
        {
            int from = model.Count;
            int bytes = 0;
            while (from > model.Trimmed && bytes + model.SizeOf(from - 1) + 32 <= GuaranteedBytes)
            {
                from--;
                bytes += model.SizeOf(from) + 32;
            }

            return from;
        }

        // Three boots of appends (1..512 bytes, about 18 KiB: the 12 KiB ring wraps), one record erase, remounts.
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

    /// <summary>Records which device steps are programmed bytes and which are erased bytes.</summary>
    internal sealed class StepMapDevice : IZoneDevice
    {
        private readonly List<long> _eraseStarts = new List<long>();

        public StepMapDevice(MemoryFlashDevice flash)
        {
            Flash = flash;
        }

        public MemoryFlashDevice Flash { get; }

        public long ProgramSteps { get; private set; }

        public long EraseSteps { get; private set; }

        public string Name => Flash.Name;

        public int Size => Flash.Size;

        public int PageSize => Flash.PageSize;

        public int EraseSize => Flash.EraseSize;

        public bool EraseBeforeProgram => true;

        /// <summary>
        /// Every programmed byte is a cut point. Of an erase unit, the first 64 bytes (segment header
        /// and first chunk headers) and every 256th byte after them are: the device erases from the
        /// start, so between those points the partial erase only shortens the stale chunks further.
        /// </summary>
        public bool IsCutPoint(long step)
        {
            foreach (long start in _eraseStarts)
            {
                if (step >= start && step < start + EraseSize)
                {
                    long at = step - start;
                    return at < 64 || at % 256 == 0 || at == EraseSize - 1;
                }
            }

            return true;
        }

        public void Read(int address, byte[] buffer, int offset, int count) => Flash.Read(address, buffer, offset, count);

        public void Program(int address, byte[] buffer, int offset, int count)
        {
            Flash.Program(address, buffer, offset, count);
            ProgramSteps += count;
        }

        public void Erase(int address, int count)
        {
            for (int unit = 0; unit < count; unit += EraseSize)
            {
                _eraseStarts.Add(Flash.Steps);
                Flash.Erase(address + unit, EraseSize);
                EraseSteps += EraseSize;
            }
        }

        public void PanicTakeOver() => Flash.PanicTakeOver();
    }
}

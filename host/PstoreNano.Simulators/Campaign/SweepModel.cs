using System;
using System.Collections.Generic;
using PstoreNano.Records;

namespace PstoreNano.Simulators.Campaign
{
    /// <summary>
    /// What a scripted workload has been told is stored (acknowledged) and what was in flight when the power
    /// went, so that the state found after a reboot can be judged.
    /// </summary>
    public sealed class SweepModel
    {
        private readonly HashSet<int> _uncertain = new HashSet<int>();

        /// <summary>
        /// Every pmsg write that returned, oldest first, plus the writes a power cut interrupted (see
        /// <see cref="IsUncertain"/>): those may be stored whole or not at all.
        /// </summary>
        public List<byte[]> AckedWrites { get; } = new List<byte[]>();

        /// <summary>Writes before this index were erased by an acknowledged record erase.</summary>
        public int ErasedBefore { get; set; }

        /// <summary>The pmsg write under way when the cut came, or null.</summary>
        public byte[] InFlightWrite { get; set; }

        /// <summary>An erase under way when the cut came: the stream may start at this index too.</summary>
        public int InFlightErasedBefore { get; set; } = -1;

        /// <summary>Dump texts by "reason#counter", as read back after an uncut dump.</summary>
        public Dictionary<string, byte[]> DumpTexts { get; } = new Dictionary<string, byte[]>();

        /// <summary>Key of the newest acknowledged dump that no erase removed since, or null.</summary>
        public string NewestDump { get; set; }

        /// <summary>Time (tv_sec) of <see cref="NewestDump"/>'s record.</summary>
        public long NewestDumpTime { get; set; }

        /// <summary>The dump whose record was being erased when the cut came, or null: it may be there or not.</summary>
        public string InFlightDumpErase { get; set; }

        /// <summary>The dump under way when the cut came ("reason#counter" it would get), or null.</summary>
        public string InFlightDump { get; set; }

        public static string DumpKey(PstoreRecord r)
        {
            return r.Reason + "#" + r.Counter;
        }

        /// <summary>True when write <paramref name="index"/> was in flight at an earlier power cut.</summary>
        public bool IsUncertain(int index)
        {
            return _uncertain.Contains(index);
        }

        /// <summary>Writes <paramref name="data"/> to pmsg: in flight while the call runs, acknowledged when it returns.</summary>
        public void WritePmsg(Pstore store, byte[] data)
        {
            InFlightWrite = data;
            store.WritePmsg(data, 0, data.Length);
            InFlightWrite = null;
            AckedWrites.Add(data);
        }

        /// <summary>
        /// Records that the power went: the write in flight joins the list as uncertain (all or nothing from
        /// now on, even after more writes follow it), and the dump in flight is no longer under way.
        /// </summary>
        public void PowerCut()
        {
            if (InFlightWrite != null)
            {
                _uncertain.Add(AckedWrites.Count);
                AckedWrites.Add(InFlightWrite);
                InFlightWrite = null;
            }

            InFlightDump = null;
        }

        /// <summary>
        /// Checks a pmsg stream read after reboot: it must be the acknowledged writes from some index on, whole
        /// and in order, each uncertain write whole or absent, optionally followed by the whole in-flight write;
        /// the newest acknowledged write must be there (the ring never drops it) unless an erase took it.
        /// Returns null if fine, else what is wrong.
        /// </summary>
        public string CheckPmsg(byte[] stream)
        {
            int n = AckedWrites.Count;
            int newestCertain = n - 1;
            while (newestCertain >= 0 && IsUncertain(newestCertain))
            {
                newestCertain--;
            }

            for (int start = n; start >= 0; start--)
            {
                if (!StartAllowed(start) || !MatchesFrom(stream, 0, start))
                {
                    continue;
                }

                bool newestKept = newestCertain < start ? NewestMayBeGone(newestCertain) : true;
                return newestKept ? null : "the newest acknowledged write is missing";
            }

            return "the pmsg stream (" + stream.Length + " bytes) is not a whole-write suffix of the acknowledged writes";
        }

        private bool NewestMayBeGone(int newest)
        {
            return newest < 0 || ErasedBefore > newest || InFlightErasedBefore > newest;
        }

        private bool StartAllowed(int start)
        {
            // Wrap may drop any number of the oldest writes; an acknowledged erase must have dropped its part.
            return start >= ErasedBefore;
        }

        // Does stream[position..] equal writes index.. (uncertain ones whole or skipped), then optionally the
        // in-flight write?
        private bool MatchesFrom(byte[] stream, int position, int index)
        {
            if (index == AckedWrites.Count)
            {
                int left = stream.Length - position;
                return left == 0 || (InFlightWrite != null && left == InFlightWrite.Length &&
                    InFlightWrite.AsSpan().SequenceEqual(stream.AsSpan(position)));
            }

            byte[] write = AckedWrites[index];
            bool present = stream.Length - position >= write.Length &&
                write.AsSpan().SequenceEqual(stream.AsSpan(position, write.Length));
            if (present && MatchesFrom(stream, position + write.Length, index + 1))
            {
                return true;
            }

            return IsUncertain(index) && MatchesFrom(stream, position, index + 1);
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using PstoreNano.Records;

namespace PstoreNano.HostTests.PowerCut
{
    /// <summary>
    /// What a scripted workload has been told is stored (acknowledged) and what was in flight when the power
    /// went, so that the state found after a reboot can be judged.
    /// </summary>
    public sealed class SweepModel
    {
        /// <summary>Every pmsg write that returned, oldest first.</summary>
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

        /// <summary>The dump whose record was being erased when the cut came, or null: it may be there or not.</summary>
        public string InFlightDumpErase { get; set; }

        /// <summary>The dump under way when the cut came ("reason#counter" it would get), or null.</summary>
        public string InFlightDump { get; set; }

        public static string DumpKey(PstoreRecord r)
        {
            return r.Reason + "#" + r.Counter;
        }

        /// <summary>
        /// Checks a pmsg stream read after reboot: it must be the acknowledged writes from some index on, whole
        /// and in order, optionally followed by the whole in-flight write; the newest acknowledged write must be there
        /// (the ring never drops it) unless an erase took it. Returns null if fine, else what is wrong.
        /// </summary>
        public string CheckPmsg(byte[] stream)
        {
            int n = AckedWrites.Count;
            for (int start = n; start >= 0; start--)
            {
                if (!StartAllowed(start))
                {
                    continue;
                }

                if (MatchesFrom(stream, start, false) || (InFlightWrite != null && MatchesFrom(stream, start, true)))
                {
                    bool newestKept = start < n || n == 0 || ErasedBefore >= n || InFlightErasedBefore >= n;
                    return newestKept ? null : "the newest acknowledged write is missing";
                }
            }

            return "the pmsg stream (" + stream.Length + " bytes) is not a whole-write suffix of the acknowledged writes";
        }

        private bool StartAllowed(int start)
        {
            // Wrap may drop any number of the oldest writes; an acknowledged erase must have dropped its part.
            return start >= ErasedBefore;
        }

        private bool MatchesFrom(byte[] stream, int start, bool withInFlight)
        {
            MemoryStream expected = new MemoryStream();
            for (int i = start; i < AckedWrites.Count; i++)
            {
                expected.Write(AckedWrites[i], 0, AckedWrites[i].Length);
            }

            if (withInFlight)
            {
                expected.Write(InFlightWrite, 0, InFlightWrite.Length);
            }

            return expected.ToArray().AsSpan().SequenceEqual(stream);
        }
    }
}

using System.Collections;
using PstoreNano.Config;
using PstoreNano.Devices;
using PstoreNano.Engine;
using PstoreNano.Records;

namespace PstoreNano.Zones
{
    /// <summary>
    /// STUB (to be implemented): the oops/panic zones in Linux pstore/zone's exact byte format.
    /// </summary>
    public sealed class DmesgZones
    {
        /// <summary>Binds the zones of <paramref name="layout"/> on <paramref name="device"/>.</summary>
        public DmesgZones(IZoneDevice device, ZoneLayout layout, int maxReason, IWallClock clock)
        {
            throw new System.NotImplementedException();
        }

        /// <summary>Recovers records, counters and the next zone; keeps one zone ready for a dump.</summary>
        public void Mount(MountReport report)
        {
            throw new System.NotImplementedException();
        }

        /// <summary>Adds a PstoreRecord for every valid zone to <paramref name="into"/>.</summary>
        public void ListRecords(ArrayList into)
        {
            throw new System.NotImplementedException();
        }

        /// <summary>Reads part of a record, as /sys/fs/pstore shows it.</summary>
        public int Read(PstoreRecord record, int position, byte[] buffer, int offset, int count)
        {
            throw new System.NotImplementedException();
        }

        /// <summary>Deletes one record.</summary>
        public void Erase(PstoreRecord record)
        {
            throw new System.NotImplementedException();
        }

        /// <summary>Deletes every record.</summary>
        public void EraseAll()
        {
            throw new System.NotImplementedException();
        }

        /// <summary>Writes a crash dump into the ready zone: no allocation, no erase.</summary>
        public bool WriteDump(DumpReason reason, string exceptionType, string message, string stackTrace, KmsgRing log)
        {
            throw new System.NotImplementedException();
        }
    }
}

using System.Collections;
using PstoreNano.Devices;
using PstoreNano.Records;

namespace PstoreNano.Zones
{
    /// <summary>
    /// STUB (to be implemented): the pmsg zone, a power-safe ring of erase-unit segments holding
    /// append-only checksummed chunks (docs/FORMAT.md).
    /// </summary>
    public sealed class PmsgRing
    {
        /// <summary>Binds the ring at <paramref name="offset"/> of <paramref name="size"/> bytes.</summary>
        public PmsgRing(IZoneDevice device, int offset, int size)
        {
            throw new System.NotImplementedException();
        }

        /// <summary>The boot number this boot's writes carry.</summary>
        public uint BootNumber { get { throw new System.NotImplementedException(); } }

        /// <summary>Largest write kept whole; a larger write keeps its last MaxWriteSize bytes.</summary>
        public int MaxWriteSize { get { throw new System.NotImplementedException(); } }

        /// <summary>Finds the head from segment headers; recovers after a power cut.</summary>
        public void Mount(MountReport report)
        {
            throw new System.NotImplementedException();
        }

        /// <summary>Appends one write; returns the bytes kept. On the panic path nothing is erased.</summary>
        public int Write(byte[] buffer, int offset, int count, bool panic)
        {
            throw new System.NotImplementedException();
        }

        /// <summary>Adds one PstoreRecord per boot found in the ring to <paramref name="into"/>.</summary>
        public void ListRecords(ArrayList into)
        {
            throw new System.NotImplementedException();
        }

        /// <summary>Reads part of a record.</summary>
        public int Read(PstoreRecord record, int position, byte[] buffer, int offset, int count)
        {
            throw new System.NotImplementedException();
        }

        /// <summary>Deletes the record's boot and every earlier one (the ring truncates from the front only).</summary>
        public void Erase(PstoreRecord record)
        {
            throw new System.NotImplementedException();
        }

        /// <summary>Deletes every pmsg byte.</summary>
        public void EraseAll()
        {
            throw new System.NotImplementedException();
        }
    }
}

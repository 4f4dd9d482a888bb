using PstoreNano.Records;

namespace PstoreNano.Zones
{
    /// <summary>Deleting records: erase units on flash, a zero datalen on block devices (as Linux).</summary>
    internal sealed partial class DmesgZones
    {
        /// <summary>
        /// Deletes one record. On flash its zone's erase units are erased; on a block device the 12-byte
        /// psz_buffer header is rewritten with datalen 0, as Linux's psz_kmsg_erase does, so the counter
        /// and time stay on the medium. A record its zone no longer holds is left alone.
        /// </summary>
        public void Erase(PstoreRecord record)
        {
            if (StillHolds(record))
            {
                EraseZone(record.Id);
            }
        }

        /// <summary>Deletes every record (on flash: erases every zone that is not clean-erased).</summary>
        public void EraseAll()
        {
            for (int zone = 0; zone < _zoneCount; zone++)
            {
                if (_device.EraseBeforeProgram ? !ZoneIsClean(zone, _scanPage) : ReadHeader(zone) == DmesgZoneKind.Record)
                {
                    EraseZone(zone);
                }
            }
        }

        private void EraseZone(int zone)
        {
            if (_device.EraseBeforeProgram)
            {
                EraseClean(zone);
                if (zone == _nextZone)
                {
                    _nextZoneReady = true;
                }

                return;
            }

            LittleEndian.WriteUInt32(_headerBytes, 0, DmesgHeader.Signature);
            LittleEndian.WriteInt32(_headerBytes, DmesgHeader.DataLengthOffset, 0);
            LittleEndian.WriteInt32(_headerBytes, DmesgHeader.StartOffset, 0);
            _device.Program(ZoneAddress(zone), _headerBytes, 0, DmesgHeader.BufferHeaderSize);
        }
    }
}

using PstoreNano.Records;

namespace PstoreNano.Zones
{
    /// <summary>Recovery at mount: Linux's psz_kmsg_recover_meta plus keeping a dump zone ready.</summary>
    internal sealed partial class DmesgZones
    {
        /// <summary>
        /// Recovers counters, the newest record and the next zone from the 52 header bytes of every zone,
        /// counting damage in <paramref name="report"/> (never throwing on it). On flash that needs an
        /// erase before programming, makes sure the next zone reads fully erased, erasing it if not, so
        /// that the crash dump never erases.
        /// </summary>
        public void Mount(MountReport report)
        {
            if (report == null)
            {
                report = new MountReport();
            }

            _oopsCounter = 0;
            _panicCounter = 0;
            _newestSeconds = 0;
            int newest = -1;
            for (int zone = 0; zone < _zoneCount; zone++)
            {
                DmesgZoneKind kind = ReadHeader(zone);
                report.BytesRead += DmesgHeader.Size;
                Count(kind, report);
                if (kind != DmesgZoneKind.Record && kind != DmesgZoneKind.Erased && kind != DmesgZoneKind.Short)
                {
                    continue;
                }

                // Ties go to the higher index, as in Linux; an erased (datalen 0) or short header still counts.
                if (_header.Seconds >= _newestSeconds)
                {
                    _newestSeconds = _header.Seconds;
                    newest = zone;
                }

                KeepCounter(_header.Reason, _header.Counter);
            }

            _nextZone = _zoneCount == 0 ? 0 : (newest + 1) % _zoneCount;
            _nextZoneReady = true;
            if (_zoneCount > 0 && _device.EraseBeforeProgram)
            {
                PrepareNextZone(report);
            }
        }

        private static void Count(DmesgZoneKind kind, MountReport report)
        {
            switch (kind)
            {
                case DmesgZoneKind.Record:
                    report.DmesgRecords++;
                    break;
                case DmesgZoneKind.Overtop:
                    report.DmesgOvertop++;
                    break;
                case DmesgZoneKind.Invalid:
                case DmesgZoneKind.Short:
                    report.DmesgInvalid++;
                    break;
                case DmesgZoneKind.Erased:
                    report.DmesgErased++;
                    break;
            }
        }

        private void KeepCounter(int reason, uint counter)
        {
            if (reason == (int)DumpReason.Oops && counter > _oopsCounter)
            {
                _oopsCounter = counter;
            }
            else if (reason == (int)DumpReason.Panic && counter > _panicCounter)
            {
                _panicCounter = counter;
            }
        }

        // The mtdpstore way: the zone after the newest (the oldest, once the ring is full) is erased
        // now, outside the panic path, unless the clean-erase marker and every other byte reading 0xFF
        // prove its last erase finished and nothing was written since.
        private void PrepareNextZone(MountReport report)
        {
            report.BytesRead += _zoneSize;
            if (ZoneIsClean(_nextZone, _scanPage))
            {
                return;
            }

            if (ReadHeader(_nextZone) == DmesgZoneKind.Record)
            {
                report.DmesgRecords--;
            }

            EraseClean(_nextZone);
            report.ErasesAtMount += _zoneSize / _device.EraseSize;
        }
    }
}

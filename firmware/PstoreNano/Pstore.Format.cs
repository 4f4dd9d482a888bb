using System;
using PstoreNano.Config;
using PstoreNano.Devices;
using PstoreNano.Engine;
using PstoreNano.Records;
using PstoreNano.Zones;
using PstoreNano.Zones.Pmsg;

namespace PstoreNano
{
    /// <summary>
    /// The partition's layout: checked at mount before anything is written, and taken anew only when the
    /// caller asks for it (<see cref="Reformat"/>).
    /// </summary>
    public sealed partial class Pstore
    {
        private readonly int _maxReason;
        private readonly IWallClock _clock;

        // Set when the partition holds another layout: every write throws it, every dump returns it.
        private InvalidOperationException _layoutRefusal;

        /// <summary>
        /// Erases the whole partition and takes the configured layout: every record is gone, the store is
        /// ready for writing. The one way past <see cref="MountReport.LayoutMismatch"/>; also a full wipe.
        /// </summary>
        public void Reformat()
        {
            EnterLive();
            try
            {
                int end = _device.Size - _device.Size % _device.EraseSize;
                _device.Erase(0, end);
                _pmsgBuffered = 0;
                _layoutRefusal = null;
                _report = new MountReport();
                _report.ErasesAtMount++;
                CreateZones();
                MountZones();
            }
            finally
            {
                _lock.Exit();
            }
        }

        // On flash one zone is always kept erased for the next panic: with a single zone that is the zone of
        // the last dump, so every dump would be erased again (Oops at once, Panic at the next mount).
        private void RefuseSingleFlashZone(IZoneDevice device, PstoreConfig config)
        {
            if (device.EraseBeforeProgram && _layout.DmesgZoneCount == 1)
            {
                throw new PstoreConfigException(PstoreConfig.KmsgSizeKey,
                    "the " + (_layout.TotalSize / 1024) + " KiB partition holds one " + (_layout.DmesgZoneSize / 1024) +
                    " KiB dmesg zone after the " + (_layout.PmsgSize / 1024) + " KiB pmsg ring; on flash one zone is always " +
                    "kept erased for the next panic, so a single zone would erase every dump. Make room for two zones " +
                    "(a smaller " + PstoreConfig.KmsgSizeKey + " or " + PstoreConfig.PmsgSizeKey + ", or a larger partition)");
            }
        }

        private void CreateZones()
        {
            _dmesg = _layout.DmesgZoneCount > 0 ? new DmesgZones(_device, _layout, _maxReason, _clock) : null;
            _pmsg = _layout.PmsgSize > 0
                ? new PmsgRing(_device, _layout.PmsgOffset, _layout.PmsgSize, PmsgFormat.LayoutWord(_layout.PmsgSize, _layout.DmesgZoneSize))
                : null;
        }

        // Recovery, after the layout guard: on another layout nothing is mounted, so nothing is erased.
        private void MountZones()
        {
            bool sameLayout = _pmsg != null ? _pmsg.Mount(_report) : LayoutGuard.CheckWithoutRing(_device, _report, _textBuffer);
            if (!sameLayout)
            {
                _layoutRefusal = new InvalidOperationException(LayoutMessage());
                return;
            }

            if (_dmesg != null)
            {
                _dmesg.Mount(_report);
            }
        }

        private string LayoutMessage()
        {
            string found = _report.FoundKmsgSize == 0 && _report.FoundPmsgSize == 0
                ? "another layout (a dmesg zone where the pmsg ring should start)"
                : "a " + _report.FoundPmsgSize / 1024 + " KiB pmsg ring and " + _report.FoundKmsgSize / 1024 + " KiB dmesg zones";
            return "the partition holds " + found + ", but the configuration asks for a " + _layout.PmsgSize / 1024 +
                " KiB pmsg ring and " + _layout.DmesgZoneSize / 1024 + " KiB dmesg zones; nothing was written. Mount with the " +
                "sizes found to read its records, or call Reformat to erase them and take the configured layout";
        }

        // Takes the lock for an operation that reads or writes zones: refused on a partition of another layout.
        private void EnterWritable()
        {
            EnterLive();
            if (_layoutRefusal != null)
            {
                _lock.Exit();
                throw _layoutRefusal;
            }
        }

        private void ThrowIfLayoutRefused()
        {
            if (_layoutRefusal != null)
            {
                throw _layoutRefusal;
            }
        }
    }
}

using System;
using System.Collections;
using PstoreNano.Devices;
using PstoreNano.Engine;
using PstoreNano.Records;
using PstoreNano.Zones.Pmsg;

namespace PstoreNano.Zones
{
    /// <summary>
    /// The pmsg zone: a power-safe ring of erase-unit segments holding append-only checksummed
    /// chunks (docs/FORMAT.md, "pmsg zone"). Earlier boots' bytes stay readable until the ring
    /// wraps over them; a write is all or nothing across power cuts; RAM use does not depend on
    /// the ring's size.
    /// </summary>
    internal sealed class PmsgRing
    {
        private readonly IZoneDevice _device;
        private readonly PmsgRingState _ring;
        private readonly PmsgWriter _writer;
        private readonly PmsgReader _reader;
        private MountReport _report;

        /// <summary>Binds the ring at <paramref name="offset"/> of <paramref name="size"/> bytes (layout word unknown).</summary>
        public PmsgRing(IZoneDevice device, int offset, int size)
            : this(device, offset, size, 0)
        {
        }

        /// <summary>
        /// Binds the ring at <paramref name="offset"/> of <paramref name="size"/> bytes; every segment it opens
        /// carries <paramref name="layout"/> (<see cref="PmsgFormat.LayoutWord"/>).
        /// </summary>
        public PmsgRing(IZoneDevice device, int offset, int size, uint layout)
        {
            if (device == null)
            {
                throw new ArgumentNullException(nameof(device));
            }

            int eraseSize = device.EraseSize;
            if (eraseSize > PmsgFormat.MaxSegmentSize)
            {
                throw new ArgumentException("pmsg segments are one erase unit of at most " + PmsgFormat.MaxSegmentSize +
                    " bytes; device " + device.Name + " erases " + eraseSize, nameof(device));
            }

            if (offset < 0 || offset % eraseSize != 0 || offset > device.Size)
            {
                throw new ArgumentOutOfRangeException(nameof(offset), "pmsg ring offset 0x" + offset.ToString("X") +
                    " must be aligned to the " + eraseSize + "-byte erase unit inside the " + device.Size + "-byte device");
            }

            if (size < 2 * eraseSize || size % eraseSize != 0 || size > device.Size - offset)
            {
                throw new ArgumentOutOfRangeException(nameof(size), "pmsg ring 0x" + offset.ToString("X") + "+" + size +
                    " must be at least two whole erase units (" + eraseSize + " bytes) inside the " + device.Size + "-byte device");
            }

            _device = device;
            _ring = new PmsgRingState(device, offset, size);
            _ring.Layout = layout;
            _writer = new PmsgWriter(_ring);
            _reader = new PmsgReader(_ring);
        }

        /// <summary>The boot number this boot's writes carry.</summary>
        public uint BootNumber
        {
            get { return _ring.Boot; }
        }

        /// <summary>
        /// Largest write kept whole; a larger write keeps its last MaxWriteSize bytes. It is
        /// (segments - 1) x (erase size - 48). On the panic path, which never erases, a write keeps
        /// at most the head's free room plus one segment.
        /// </summary>
        public int MaxWriteSize
        {
            get { return _writer.MaxWriteSize; }
        }

        /// <summary>
        /// Finds the head from segment headers; recovers after a power cut. Returns false, having written
        /// nothing, when the ring was formatted with another layout (see <see cref="MountReport.LayoutMismatch"/>).
        /// </summary>
        public bool Mount(MountReport report)
        {
            if (report == null)
            {
                throw new ArgumentNullException(nameof(report));
            }

            _report = report;
            bool mounted = PmsgScanner.Mount(_ring, report);
            _reader.Invalidate();
            return mounted;
        }

        /// <summary>Appends one write; returns the bytes kept. On the panic path nothing is erased.</summary>
        public int Write(byte[] buffer, int offset, int count, bool panic)
        {
            Arguments.CheckBuffer(buffer, offset, count);

            CheckMounted();
            return _writer.Write(buffer, offset, count, panic);
        }

        /// <summary>
        /// Adds one PstoreRecord per boot found in the ring to <paramref name="into"/>, oldest first,
        /// and updates the mount report's pmsg byte count.
        /// </summary>
        public void ListRecords(ArrayList into)
        {
            if (into == null)
            {
                throw new ArgumentNullException(nameof(into));
            }

            CheckMounted();
            int bytes = _reader.ListRecords(into, _device.Name);
            _report.PmsgBytes = bytes;
        }

        /// <summary>Reads part of a record; returns the bytes copied (0 at its end).</summary>
        public int Read(PstoreRecord record, int position, byte[] buffer, int offset, int count)
        {
            if (record == null)
            {
                throw new ArgumentNullException(nameof(record));
            }

            Arguments.CheckPosition(position);
            Arguments.CheckBuffer(buffer, offset, count);

            CheckMounted();
            return _reader.Read(record, position, buffer, offset, count);
        }

        /// <summary>Deletes the record's boot and every earlier one (the ring truncates from the front only).</summary>
        public void Erase(PstoreRecord record)
        {
            if (record == null)
            {
                throw new ArgumentNullException(nameof(record));
            }

            CheckMounted();
            if (PmsgFormat.IsAfter(record.EndSequence, _ring.Trim))
            {
                _writer.AppendTrim(record.EndSequence);
            }
        }

        /// <summary>Deletes every pmsg byte.</summary>
        public void EraseAll()
        {
            CheckMounted();

            // Normally NextChunk is past every chunk; on a ring whose sequences were damaged a listed write can
            // end after it, so the trim covers what the listing shows, not only what the head implies.
            ArrayList records = new ArrayList();
            _reader.ListRecords(records, _device.Name);
            uint trim = PmsgReader.EndOfRecords(records, _ring.NextChunk);
            if (PmsgFormat.IsAfter(trim, _ring.Trim))
            {
                _writer.AppendTrim(trim);
            }
        }

        private void CheckMounted()
        {
            if (!_ring.Mounted)
            {
                throw new InvalidOperationException("pmsg ring at 0x" + _ring.Offset.ToString("X") + " is not mounted");
            }
        }
    }
}

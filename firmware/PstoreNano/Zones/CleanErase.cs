using PstoreNano.Devices;

namespace PstoreNano.Zones
{
    /// <summary>
    /// Erases a region so that a later mount can tell a finished erase from an interrupted one, as JFFS2's
    /// clean marker does. An interrupted NOR erase can leave cells that read 0xFF now and otherwise later,
    /// so "reads erased" proves nothing; only a marker programmed after the erase finished does.
    /// The protocol: zero the region's first word (whatever record or marker starts there is void at once),
    /// erase, then program the marker into the first word. A region is clean when its first word is the
    /// marker and every other byte reads 0xFF. The marker's 1-bits include every bit of the pmsg segment
    /// magic and of the dmesg signature, so the first header written into a clean region programs over it
    /// (a program only clears bits) and nothing of the region is lost to the marker.
    /// </summary>
    internal static class CleanErase
    {
        /// <summary>Bytes the marker takes at the start of a region.</summary>
        public const int MarkerSize = 4;

        /// <summary>The marker, little-endian at the region's first word.</summary>
        public const uint Marker = 0x4F776F5D;

        /// <summary>Erases [address, address+size) with the protocol; <paramref name="word"/> is a 4-byte scratch buffer.</summary>
        public static void Erase(IZoneDevice device, int address, int size, byte[] word)
        {
            // Programming zeros only clears bits, so it is allowed over anything on flash. A block device needs
            // the step too: a shorn sector write (an SD card cut mid-program) can keep an old header beside
            // erased bytes, so the header must be dead before the first sector is rewritten.
            LittleEndian.WriteUInt32(word, 0, 0);
            device.Program(address, word, 0, MarkerSize);

            device.Erase(address, size);
            LittleEndian.WriteUInt32(word, 0, Marker);
            device.Program(address, word, 0, MarkerSize);
        }

        /// <summary>True if the 4 bytes at <paramref name="offset"/> of <paramref name="b"/> are the marker.</summary>
        public static bool IsMarker(byte[] b, int offset)
        {
            return LittleEndian.ReadUInt32(b, offset) == Marker;
        }

        /// <summary>
        /// True if the region was erased by <see cref="Erase"/> and nothing was programmed since: the marker,
        /// then 0xFF in every byte. Reads the whole region in blocks of <paramref name="scratch"/>.
        /// </summary>
        public static bool IsClean(IZoneDevice device, int address, int size, byte[] scratch)
        {
            device.Read(address, scratch, 0, MarkerSize);
            if (!IsMarker(scratch, 0))
            {
                return false;
            }

            int end = address + size;
            int at = address + MarkerSize;
            while (at < end)
            {
                int n = end - at < scratch.Length ? end - at : scratch.Length;
                device.Read(at, scratch, 0, n);
                for (int i = 0; i < n; i++)
                {
                    if (scratch[i] != 0xFF)
                    {
                        return false;
                    }
                }

                at += n;
            }

            return true;
        }
    }
}

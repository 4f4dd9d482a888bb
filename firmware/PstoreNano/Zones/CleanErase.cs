using PstoreNano.Devices;

namespace PstoreNano.Zones
{
    /// <summary>
    /// Erases a region so that a later mount can tell a finished erase from an interrupted one, as JFFS2's
    /// clean marker does. An interrupted NOR erase can leave cells that read 0xFF now and otherwise later,
    /// so "reads erased" proves nothing; only a marker programmed after the erase finished does.
    /// The protocol: zero the region's first word (whatever record starts there is deleted at once) and its
    /// last word (an old marker can no longer vouch), erase, then program the marker into the last word.
    /// A region is clean when every byte but the last word reads 0xFF and the last word is the marker.
    /// </summary>
    public static class CleanErase
    {
        /// <summary>Bytes the marker takes at the end of every region erased this way.</summary>
        public const int MarkerSize = 4;

        /// <summary>The marker, little-endian at the region's last word: "PNCM" (mixed bits, never all 0 or all 1).</summary>
        public const uint Marker = 0x4D434E50;

        /// <summary>Erases [address, address+size) with the protocol; <paramref name="word"/> is a 4-byte scratch buffer.</summary>
        public static void Erase(IZoneDevice device, int address, int size, byte[] word)
        {
            int last = address + size - MarkerSize;
            if (device.EraseBeforeProgram)
            {
                // Programming zeros only clears bits, so it is allowed over anything.
                LittleEndian.WriteUInt32(word, 0, 0);
                device.Program(address, word, 0, MarkerSize);
                device.Program(last, word, 0, MarkerSize);
            }

            device.Erase(address, size);
            LittleEndian.WriteUInt32(word, 0, Marker);
            device.Program(last, word, 0, MarkerSize);
        }

        /// <summary>
        /// True if the region was erased by <see cref="Erase"/> and nothing was programmed since: every byte
        /// reads 0xFF but the marker. Reads the whole region in blocks of <paramref name="scratch"/>.
        /// </summary>
        public static bool IsClean(IZoneDevice device, int address, int size, byte[] scratch)
        {
            int last = address + size - MarkerSize;
            device.Read(last, scratch, 0, MarkerSize);
            if (LittleEndian.ReadUInt32(scratch, 0) != Marker)
            {
                return false;
            }

            int at = address;
            while (at < last)
            {
                int n = last - at < scratch.Length ? last - at : scratch.Length;
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

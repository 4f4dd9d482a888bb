using PstoreNano.Zones;

namespace PstoreNano.Tool.Doctor
{
    /// <summary>What an erase unit's bytes say about its last erase (see CleanErase in the engine).</summary>
    public static class RegionState
    {
        /// <summary>"erased (clean marker)", "reads erased (no clean marker)" or null when it holds other bytes.</summary>
        public static string Erased(byte[] image, int offset, int size)
        {
            bool marker = CleanErase.IsMarker(image, offset);
            int skip = marker ? CleanErase.MarkerSize : 0;
            if (!ReadsErased(image, offset + skip, size - skip))
            {
                return null;
            }

            return marker ? "erased (clean marker)" : "reads erased (no clean marker)";
        }

        /// <summary>True when every byte is 0xFF.</summary>
        public static bool ReadsErased(byte[] image, int offset, int size)
        {
            return Every(image, offset, size, 0xFF);
        }

        /// <summary>True when every byte is 0, as Linux leaves a zone it formatted but never wrote.</summary>
        public static bool Zeroed(byte[] image, int offset, int size)
        {
            return Every(image, offset, size, 0);
        }

        private static bool Every(byte[] image, int offset, int size, byte value)
        {
            for (int i = 0; i < size; i++)
            {
                if (image[offset + i] != value)
                {
                    return false;
                }
            }

            return true;
        }
    }
}

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
            for (int i = marker ? CleanErase.MarkerSize : 0; i < size; i++)
            {
                if (image[offset + i] != 0xFF)
                {
                    return null;
                }
            }

            return marker ? "erased (clean marker)" : "reads erased (no clean marker)";
        }

        /// <summary>True when every byte is 0, as Linux leaves a zone it formatted but never wrote.</summary>
        public static bool Zeroed(byte[] image, int offset, int size)
        {
            for (int i = 0; i < size; i++)
            {
                if (image[offset + i] != 0)
                {
                    return false;
                }
            }

            return true;
        }
    }
}

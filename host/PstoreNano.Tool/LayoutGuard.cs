using PstoreNano.Records;

namespace PstoreNano.Tool
{
    /// <summary>
    /// What the engine's layout guard found at mount: whether the partition was formatted with another
    /// layout (the engine then erases and programs nothing) and the sizes it holds. The one place the tool
    /// reads the guard, so erase and doctor need no change when the engine learns more.
    /// </summary>
    public static class LayoutGuard
    {
        /// <summary>True when the partition holds another layout than the configured one.</summary>
        public static bool Mismatch(Pstore store)
        {
            return false;
        }

        /// <summary>The pmsg ring size the partition was formatted with, in bytes; 0 when unknown.</summary>
        public static int FoundPmsgSize(MountReport report)
        {
            return 0;
        }

        /// <summary>The dmesg zone size the partition was formatted with, in bytes; 0 when unknown.</summary>
        public static int FoundKmsgSize(MountReport report)
        {
            return 0;
        }

        /// <summary>Erases everything and takes the configured layout; false when the engine cannot.</summary>
        public static bool Reformat(Pstore store)
        {
            return false;
        }
    }
}

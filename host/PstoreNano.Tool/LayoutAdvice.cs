using PstoreNano.Config;
using PstoreNano.Records;

namespace PstoreNano.Tool
{
    /// <summary>Says which layout an image holds and which sizes to pass to read it.</summary>
    public static class LayoutAdvice
    {
        /// <summary>"this image holds a 64 KiB pmsg ring and 4 KiB dmesg zones; use --pmsg-size 64 --kmsg-size 4".</summary>
        public static string Found(MountedImage mounted)
        {
            return Found(mounted.Store, mounted.Image.OriginalBytes);
        }

        /// <summary>The same for a store mounted on <paramref name="image"/>'s bytes.</summary>
        public static string Found(Pstore store, byte[] image)
        {
            LayoutGuess guess = FromGuard(store.Report) ?? LayoutProbe.Guess(image);
            ZoneLayout l = store.Layout;
            string configured = "the configured layout is a " + l.PmsgSize / 1024 + " KiB pmsg ring and " + l.DmesgZoneSize / 1024 + " KiB dmesg zones";
            return guess == null
                ? configured + ", but the image was formatted with another one"
                : guess.Advice() + " (" + configured + ")";
        }

        // The engine's layout guard read the sizes from a pmsg segment header; both 0 when it only saw a dmesg
        // zone where the ring should start.
        private static LayoutGuess FromGuard(MountReport r)
        {
            return r.FoundPmsgSize == 0 && r.FoundKmsgSize == 0 ? null : new LayoutGuess(r.FoundPmsgSize / 1024, r.FoundKmsgSize / 1024, 0);
        }
    }
}

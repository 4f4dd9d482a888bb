using PstoreNano.Config;

namespace PstoreNano.Tool
{
    /// <summary>Says which layout an image holds and which sizes to pass to read it.</summary>
    public static class LayoutAdvice
    {
        /// <summary>"this image holds a 64 KiB pmsg ring and 4 KiB dmesg zones; use --pmsg-size 64 --kmsg-size 4".</summary>
        public static string Found(ImageSession session)
        {
            LayoutGuess guess = FromGuard(session) ?? LayoutProbe.Guess(session.Image.OriginalBytes);
            ZoneLayout l = session.Store.Layout;
            string configured = "the configured layout is a " + l.PmsgSize / 1024 + " KiB pmsg ring and " + l.DmesgZoneSize / 1024 + " KiB dmesg zones";
            return guess == null
                ? configured + ", but the image was formatted with another one"
                : guess.Advice() + " (" + configured + ")";
        }

        private static LayoutGuess FromGuard(ImageSession session)
        {
            int pmsg = LayoutGuard.FoundPmsgSize(session.Store.Report);
            int kmsg = LayoutGuard.FoundKmsgSize(session.Store.Report);
            return pmsg == 0 && kmsg == 0 ? null : new LayoutGuess(pmsg / 1024, kmsg / 1024, kmsg / 1024);
        }
    }
}

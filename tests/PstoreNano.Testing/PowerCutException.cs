using System;

namespace PstoreNano.Testing
{
    /// <summary>
    /// Thrown by a simulated device when its scripted power cut happens. Nothing after the cut
    /// reached the medium; the test "reboots" by mounting again.
    /// </summary>
    public class PowerCutException : Exception
    {
        /// <summary>Creates the exception.</summary>
        public PowerCutException(string message) : base(message)
        {
        }
    }
}

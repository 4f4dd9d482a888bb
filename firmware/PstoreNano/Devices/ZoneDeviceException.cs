using System;

namespace PstoreNano.Devices
{
    /// <summary>A storage device failed or broke its contract (timeout, no answer, rejected operation).</summary>
    public class ZoneDeviceException : Exception
    {
        /// <summary>Creates the exception with a message that says what failed and where.</summary>
        public ZoneDeviceException(string message) : base(message)
        {
        }

        /// <summary>Creates the exception with the error that caused it.</summary>
        public ZoneDeviceException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }
}

using System;
using PstoreNano.Devices;

namespace PstoreNano.Drivers.Nor
{
    /// <summary>
    /// An SPI NOR chip failed, is missing or is not supported: the message names the operation, the
    /// address and the status register where they apply.
    /// </summary>
    public class NorFlashException : ZoneDeviceException
    {
        /// <summary>Creates the exception with a message that says what failed and where.</summary>
        public NorFlashException(string message) : base(message)
        {
        }

        /// <summary>Creates the exception with the error that caused it.</summary>
        public NorFlashException(string message, Exception innerException) : base(message, innerException)
        {
        }
    }
}

using System;
using PstoreNano.Devices;

namespace PstoreNano.Drivers.Sd
{
    /// <summary>
    /// An SD card failed, timed out, answered garbage or is missing: the message names the command, the
    /// sector and what the card answered. <see cref="Unreadable"/> marks a sector the card could not read
    /// (a data error token), which holds no valid data but is no failure of the card as a whole.
    /// </summary>
    public class SdCardException : ZoneDeviceException
    {
        /// <summary>Creates the exception; <paramref name="sector"/> is -1 where no sector applies, <paramref name="answer"/> -1 where the card gave none.</summary>
        public SdCardException(string message, string command, long sector, int answer, bool unreadable)
            : base(message)
        {
            Command = command;
            Sector = sector;
            Answer = answer;
            Unreadable = unreadable;
        }

        /// <summary>Creates the exception for a block whose CRC16 did not match its data (<see cref="BadCrc"/>).</summary>
        public SdCardException(string message, string command, long sector, int answer, bool unreadable, bool badCrc)
            : this(message, command, sector, answer, unreadable)
        {
            BadCrc = badCrc;
        }

        /// <summary>True when a block arrived with a CRC16 that does not match its data.</summary>
        public bool BadCrc { get; private set; }

        /// <summary>The command in progress, as the spec names it ("CMD17", "ACMD41").</summary>
        public string Command { get; private set; }

        /// <summary>The card sector concerned, or -1.</summary>
        public long Sector { get; private set; }

        /// <summary>The last byte (response, token or status) the card answered, or -1 for none.</summary>
        public int Answer { get; private set; }

        /// <summary>True when the card reported the sector unreadable (data error token or ECC failure).</summary>
        public bool Unreadable { get; private set; }
    }
}

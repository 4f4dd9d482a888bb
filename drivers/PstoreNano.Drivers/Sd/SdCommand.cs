namespace PstoreNano.Drivers.Sd
{
    /// <summary>SD commands, tokens and response bits of SPI mode (SD Physical Layer spec, chapter 7).</summary>
    internal static class SdCommand
    {
        public const int GoIdleState = 0;
        public const int SendIfCond = 8;
        public const int SendCsd = 9;
        public const int StopTransmission = 12;
        public const int SendStatus = 13;
        public const int SetBlockLength = 16;
        public const int ReadSingleBlock = 17;
        public const int ReadMultipleBlock = 18;
        public const int WriteBlock = 24;
        public const int WriteMultipleBlock = 25;
        public const int AppCommand = 55;
        public const int ReadOcr = 58;
        public const int CrcOnOff = 59;

        /// <summary>ACMD41, sent after CMD55.</summary>
        public const int SendOpCond = 41;

        /// <summary>CMD8 argument: 2.7-3.6 V and the check pattern 0xAA.</summary>
        public const uint IfCondArgument = 0x1AA;

        /// <summary>ACMD41 argument: host supports high capacity; nothing else (some cards refuse other OCR bits in SPI).</summary>
        public const uint HighCapacitySupport = 0x40000000;

        public const byte R1Idle = 0x01;
        public const byte R1IllegalCommand = 0x04;
        public const byte R1CrcError = 0x08;

        public const byte StartBlock = 0xFE;
        public const byte StartMultiWrite = 0xFC;
        public const byte StopTran = 0xFD;

        public const int DataAccepted = 0x05;
        public const int DataCrcError = 0x0B;
        public const int DataWriteError = 0x0D;

        public const uint OcrPowerUpDone = 0x80000000;
        public const uint OcrCardCapacity = 0x40000000;

        public const int SectorSize = 512;

        /// <summary>Command name as the spec writes it, for messages.</summary>
        public static string Name(int command, bool app)
        {
            return (app ? "ACMD" : "CMD") + command;
        }
    }
}

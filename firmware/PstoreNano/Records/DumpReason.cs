namespace PstoreNano.Records
{
    /// <summary>Why a dump was written; the values are Linux's kmsg_dump_reason.</summary>
    public enum DumpReason
    {
        /// <summary>KMSG_DUMP_UNDEF (also used for pmsg records).</summary>
        Undefined = 0,

        /// <summary>KMSG_DUMP_PANIC: the application died and the device reboots.</summary>
        Panic = 1,

        /// <summary>KMSG_DUMP_OOPS: a failure the application survived.</summary>
        Oops = 2,

        /// <summary>KMSG_DUMP_EMERG.</summary>
        Emergency = 3,

        /// <summary>KMSG_DUMP_SHUTDOWN.</summary>
        Shutdown = 4,
    }
}

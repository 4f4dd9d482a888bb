namespace PstoreNano.Records
{
    /// <summary>Kind of record; the values are Linux's pstore_type_id.</summary>
    public enum RecordType
    {
        /// <summary>An oops/panic dump (PSTORE_TYPE_DMESG).</summary>
        Dmesg = 0,

        /// <summary>The user log ring (PSTORE_TYPE_PMSG).</summary>
        Pmsg = 7,
    }
}

namespace PstoreNano.Zones
{
    /// <summary>
    /// STUB (to be implemented): the RAM ring of recent log lines that a crash dump copies (our "kmsg").
    /// Fixed capacity, allocated once; appends never allocate; oldest bytes are overwritten.
    /// </summary>
    public sealed class KmsgRing
    {
        /// <summary>Creates a ring of <paramref name="capacity"/> bytes (0 keeps nothing).</summary>
        public KmsgRing(int capacity)
        {
            throw new System.NotImplementedException();
        }

        /// <summary>Capacity in bytes.</summary>
        public int Capacity { get { throw new System.NotImplementedException(); } }

        /// <summary>Bytes held now (at most Capacity).</summary>
        public int Length { get { throw new System.NotImplementedException(); } }

        /// <summary>Appends raw bytes (callers end lines with '\n').</summary>
        public void Append(byte[] buffer, int offset, int count)
        {
            throw new System.NotImplementedException();
        }

        /// <summary>Appends one line as UTF-8 followed by '\n', without allocating.</summary>
        public void AppendLine(string line)
        {
            throw new System.NotImplementedException();
        }

        /// <summary>Forgets everything.</summary>
        public void Clear()
        {
            throw new System.NotImplementedException();
        }
    }
}

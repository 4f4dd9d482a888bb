namespace PstoreNano.Zones
{
    /// <summary>Little-endian field access in byte buffers (every on-flash field is little-endian).</summary>
    internal static class LittleEndian
    {
        /// <summary>Reads an unsigned 16-bit value.</summary>
        public static ushort ReadUInt16(byte[] b, int at)
        {
            return (ushort)(b[at] | (b[at + 1] << 8));
        }

        /// <summary>Reads an unsigned 32-bit value.</summary>
        public static uint ReadUInt32(byte[] b, int at)
        {
            return (uint)(b[at] | (b[at + 1] << 8) | (b[at + 2] << 16) | (b[at + 3] << 24));
        }

        /// <summary>Reads a signed 32-bit value.</summary>
        public static int ReadInt32(byte[] b, int at)
        {
            return (int)ReadUInt32(b, at);
        }

        /// <summary>Reads a signed 64-bit value.</summary>
        public static long ReadInt64(byte[] b, int at)
        {
            return (long)((ulong)ReadUInt32(b, at) | ((ulong)ReadUInt32(b, at + 4) << 32));
        }

        /// <summary>Writes an unsigned 16-bit value.</summary>
        public static void WriteUInt16(byte[] b, int at, ushort value)
        {
            b[at] = (byte)value;
            b[at + 1] = (byte)(value >> 8);
        }

        /// <summary>Writes an unsigned 32-bit value.</summary>
        public static void WriteUInt32(byte[] b, int at, uint value)
        {
            b[at] = (byte)value;
            b[at + 1] = (byte)(value >> 8);
            b[at + 2] = (byte)(value >> 16);
            b[at + 3] = (byte)(value >> 24);
        }

        /// <summary>Writes a signed 32-bit value.</summary>
        public static void WriteInt32(byte[] b, int at, int value)
        {
            WriteUInt32(b, at, (uint)value);
        }

        /// <summary>Writes a signed 64-bit value.</summary>
        public static void WriteInt64(byte[] b, int at, long value)
        {
            WriteUInt32(b, at, (uint)value);
            WriteUInt32(b, at + 4, (uint)((ulong)value >> 32));
        }
    }
}

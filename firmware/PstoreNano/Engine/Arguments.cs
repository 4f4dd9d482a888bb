using System;

namespace PstoreNano.Engine
{
    /// <summary>
    /// The argument checks that several methods share, named as those methods name their parameters
    /// (<c>buffer</c>, <c>offset</c>, <c>count</c>, <c>position</c>), with the values in the message.
    /// </summary>
    internal static class Arguments
    {
        /// <summary>Refuses a null buffer, or a range [offset, offset + count) that leaves it.</summary>
        public static void CheckBuffer(byte[] buffer, int offset, int count)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException(nameof(buffer));
            }

            if (offset < 0 || offset > buffer.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(offset), "offset " + offset + " is outside the " +
                    buffer.Length + "-byte buffer");
            }

            if (count < 0 || count > buffer.Length - offset)
            {
                throw new ArgumentOutOfRangeException(nameof(count), "count " + count + " at offset " + offset +
                    " does not fit the " + buffer.Length + "-byte buffer");
            }
        }

        /// <summary>Refuses a negative read position in a record.</summary>
        public static void CheckPosition(int position)
        {
            if (position < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(position), "record position " + position + " is negative");
            }
        }
    }
}

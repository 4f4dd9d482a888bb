using System;

namespace PstoreNano.Engine
{
    /// <summary>
    /// Reads what a crash dump records of an exception without letting the reading fail the dump: a getter
    /// that throws (an exhausted heap, an exception type whose Message override breaks) yields a fixed
    /// text that names what could not be read. Everything here is a literal, so the markers cost no heap.
    /// </summary>
    internal static class ExceptionText
    {
        /// <summary>Written in place of the type name when it could not be read.</summary>
        public const string TypeUnreadable = "(exception type not read)";

        /// <summary>Written in place of the message when its getter threw.</summary>
        public const string MessageUnreadable = "(exception message not read)";

        /// <summary>Written in place of the stack trace when its getter threw (it builds a new string).</summary>
        public const string StackTraceUnreadable = "(stack trace not read)";

        // Type.FullName builds a new string on nanoFramework; for the one exception whose dump must not
        // need the heap, the literal serves.
        private const string OutOfMemoryTypeName = "System.OutOfMemoryException";

        /// <summary>The exception's full type name, or <see cref="TypeUnreadable"/>.</summary>
        public static string TypeName(Exception exception)
        {
            if (exception is OutOfMemoryException)
            {
                return OutOfMemoryTypeName;
            }

            try
            {
                return exception.GetType().FullName;
            }
            catch (Exception)
            {
                return TypeUnreadable;
            }
        }

        /// <summary>The exception's message, or <see cref="MessageUnreadable"/>.</summary>
        public static string Message(Exception exception)
        {
            try
            {
                return exception.Message;
            }
            catch (Exception)
            {
                return MessageUnreadable;
            }
        }

        /// <summary>
        /// The exception's stack trace, or <see cref="StackTraceUnreadable"/>. The runtime builds this string
        /// on every call: it is the one allocation of a dump of an exception, and on an exhausted heap it
        /// may fail, which the marker then records (.NET still builds it there: the host test shows it).
        /// </summary>
        public static string StackTrace(Exception exception)
        {
            try
            {
                return exception.StackTrace;
            }
            catch (Exception)
            {
                return StackTraceUnreadable;
            }
        }
    }
}

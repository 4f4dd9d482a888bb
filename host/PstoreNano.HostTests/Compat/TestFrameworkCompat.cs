// Maps nanoFramework.TestFramework's dialect onto MSTest, so the device test sources run unchanged
// on Linux. Only this file knows MSTest; the tests see the nanoFramework names.
using System;
using System.Collections;
using Ms = Microsoft.VisualStudio.TestTools.UnitTesting;

[assembly: Ms.Parallelize(Workers = 2, Scope = Ms.ExecutionScope.ClassLevel)]

namespace nanoFramework.TestFramework
{
    /// <summary>Marks a class of tests (nanoFramework.TestFramework.TestClassAttribute).</summary>
    public sealed class TestClassAttribute : Ms.TestClassAttribute
    {
    }

    /// <summary>Marks a test (nanoFramework.TestFramework.TestMethodAttribute).</summary>
    public sealed class TestMethodAttribute : Ms.TestMethodAttribute
    {
        public TestMethodAttribute([System.Runtime.CompilerServices.CallerFilePath] string callerFilePath = "",
            [System.Runtime.CompilerServices.CallerLineNumber] int callerLineNumber = -1)
            : base(callerFilePath, callerLineNumber)
        {
        }
    }

    /// <summary>One row of arguments for a data-driven test.</summary>
    public sealed class DataRowAttribute : Ms.DataRowAttribute
    {
        public DataRowAttribute(params object[] data) : base(data)
        {
        }
    }

    /// <summary>The assertions of nanoFramework.TestFramework used by the device tests.</summary>
    public static class Assert
    {
        public static void AreEqual(object expected, object actual, string message = "")
        {
            if (expected != null && actual != null && IsNumber(expected) && IsNumber(actual))
            {
                // nanoFramework compares numbers by value across integer types.
                Ms.Assert.AreEqual(Convert.ToDecimal(expected), Convert.ToDecimal(actual), message);
                return;
            }

            Ms.Assert.AreEqual(expected, actual, message);
        }

        public static void AreNotEqual(object notExpected, object actual, string message = "")
        {
            Ms.Assert.AreNotEqual(notExpected, actual, message);
        }

        public static void IsTrue(bool condition, string message = "")
        {
            Ms.Assert.IsTrue(condition, message);
        }

        public static void IsFalse(bool condition, string message = "")
        {
            Ms.Assert.IsFalse(condition, message);
        }

        public static void IsNull(object value, string message = "")
        {
            Ms.Assert.IsNull(value, message);
        }

        public static void IsNotNull(object value, string message = "")
        {
            Ms.Assert.IsNotNull(value, message);
        }

        public static void AreSame(object expected, object actual, string message = "")
        {
            Ms.Assert.AreSame(expected, actual, message);
        }

        public static void Fail(string message = "")
        {
            Ms.Assert.Fail(message);
        }

        public static void ThrowsException(Type exceptionType, Action action, string message = "")
        {
            try
            {
                action();
            }
            catch (Exception e)
            {
                if (e.GetType() != exceptionType)
                {
                    Ms.Assert.Fail("expected " + exceptionType.FullName + " but " + e.GetType().FullName +
                        " was thrown: " + e.Message + " " + message);
                }

                return;
            }

            Ms.Assert.Fail("expected " + exceptionType.FullName + " but nothing was thrown. " + message);
        }

        private static bool IsNumber(object o)
        {
            return o is byte || o is sbyte || o is short || o is ushort || o is int || o is uint ||
                   o is long || o is ulong;
        }
    }

    /// <summary>Collection assertions of nanoFramework.TestFramework.</summary>
    public static class CollectionAssert
    {
        public static void AreEqual(ICollection expected, ICollection actual, string message = "")
        {
            Ms.CollectionAssert.AreEqual(expected, actual, message);
        }

        public static void AreNotEqual(ICollection notExpected, ICollection actual, string message = "")
        {
            Ms.CollectionAssert.AreNotEqual(notExpected, actual, message);
        }
    }

    /// <summary>Test output (nanoFramework.TestFramework.OutputHelper).</summary>
    public static class OutputHelper
    {
        public static void WriteLine(string message)
        {
            Console.WriteLine(message);
        }

        public static void Write(string message)
        {
            Console.Write(message);
        }
    }
}

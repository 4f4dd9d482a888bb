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
        // Parameterless, as in the real TestFramework: MSTest's source-location arguments stay unset.
#pragma warning disable MSTEST0057
        public TestMethodAttribute()
            : base("", -1)
        {
        }
#pragma warning restore MSTEST0057
    }

    /// <summary>One row of arguments for a data-driven test.</summary>
    public sealed class DataRowAttribute : Ms.DataRowAttribute
    {
        public DataRowAttribute(params object[] data) : base(data)
        {
        }
    }

    /// <summary>
    /// The assertions of nanoFramework.TestFramework. AreEqual has the same typed overloads as the real one
    /// (so C# picks the same overload on both runtimes) and compares the same way: Equals of the boxed values.
    /// </summary>
    public static class Assert
    {
        public static void AreEqual(bool expected, bool actual, string message = "")
        {
            Ms.Assert.IsTrue(Equals(expected, actual), "Expected:<" + expected + ">. Actual:<" + actual + ">. " + message);
        }

        public static void AreEqual(byte expected, byte actual, string message = "")
        {
            Ms.Assert.IsTrue(Equals(expected, actual), "Expected:<" + expected + ">. Actual:<" + actual + ">. " + message);
        }

        public static void AreEqual(char expected, char actual, string message = "")
        {
            Ms.Assert.IsTrue(Equals(expected, actual), "Expected:<" + expected + ">. Actual:<" + actual + ">. " + message);
        }

        public static void AreEqual(DateTime expected, DateTime actual, string message = "")
        {
            Ms.Assert.IsTrue(Equals(expected, actual), "Expected:<" + expected + ">. Actual:<" + actual + ">. " + message);
        }

        public static void AreEqual(double expected, double actual, string message = "")
        {
            Ms.Assert.IsTrue(Equals(expected, actual), "Expected:<" + expected + ">. Actual:<" + actual + ">. " + message);
        }

        public static void AreEqual(float expected, float actual, string message = "")
        {
            Ms.Assert.IsTrue(Equals(expected, actual), "Expected:<" + expected + ">. Actual:<" + actual + ">. " + message);
        }

        public static void AreEqual(int expected, int actual, string message = "")
        {
            Ms.Assert.IsTrue(Equals(expected, actual), "Expected:<" + expected + ">. Actual:<" + actual + ">. " + message);
        }

        public static void AreEqual(long expected, long actual, string message = "")
        {
            Ms.Assert.IsTrue(Equals(expected, actual), "Expected:<" + expected + ">. Actual:<" + actual + ">. " + message);
        }

        public static void AreEqual(object expected, object actual, string message = "")
        {
            Ms.Assert.IsTrue(Equals(expected, actual), "Expected:<" + expected + ">. Actual:<" + actual + ">. " + message);
        }

        public static void AreEqual(sbyte expected, sbyte actual, string message = "")
        {
            Ms.Assert.IsTrue(Equals(expected, actual), "Expected:<" + expected + ">. Actual:<" + actual + ">. " + message);
        }

        public static void AreEqual(short expected, short actual, string message = "")
        {
            Ms.Assert.IsTrue(Equals(expected, actual), "Expected:<" + expected + ">. Actual:<" + actual + ">. " + message);
        }

        public static void AreEqual(string expected, string actual, string message = "")
        {
            Ms.Assert.IsTrue(Equals(expected, actual), "Expected:<" + expected + ">. Actual:<" + actual + ">. " + message);
        }

        public static void AreEqual(uint expected, uint actual, string message = "")
        {
            Ms.Assert.IsTrue(Equals(expected, actual), "Expected:<" + expected + ">. Actual:<" + actual + ">. " + message);
        }

        public static void AreEqual(ulong expected, ulong actual, string message = "")
        {
            Ms.Assert.IsTrue(Equals(expected, actual), "Expected:<" + expected + ">. Actual:<" + actual + ">. " + message);
        }

        public static void AreEqual(ushort expected, ushort actual, string message = "")
        {
            Ms.Assert.IsTrue(Equals(expected, actual), "Expected:<" + expected + ">. Actual:<" + actual + ">. " + message);
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

        public static void SkipTest(string message = null)
        {
            Ms.Assert.Inconclusive(message);
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

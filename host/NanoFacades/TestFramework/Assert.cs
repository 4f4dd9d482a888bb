// Compile-only facade: the assertions of nanoFramework.TestFramework 3.0.80 that device tests may call (the real
// one has no Assert.Fail: use Assert.IsTrue(false, message)).
// The real package has one non-generic overload per primitive type (no generic Assert.AreEqual<T>), so
// overload resolution here matches the device build exactly.
using System;
using System.Collections;

namespace nanoFramework.TestFramework
{
#pragma warning disable CS1591 // the facade mirrors the package's documented API
    /// <summary>Assertions; a failed one throws and fails the test.</summary>
    public sealed partial class Assert
    {
        private Assert()
        {
        }

        public static void AreEqual(bool expected, bool actual, string message = "") { }
        public static void AreEqual(byte expected, byte actual, string message = "") { }
        public static void AreEqual(char expected, char actual, string message = "") { }
        public static void AreEqual(DateTime expected, DateTime actual, string message = "") { }
        public static void AreEqual(double expected, double actual, string message = "") { }
        public static void AreEqual(float expected, float actual, string message = "") { }
        public static void AreEqual(int expected, int actual, string message = "") { }
        public static void AreEqual(long expected, long actual, string message = "") { }
        public static void AreEqual(object expected, object actual, string message = "") { }
        public static void AreEqual(sbyte expected, sbyte actual, string message = "") { }
        public static void AreEqual(short expected, short actual, string message = "") { }
        public static void AreEqual(string expected, string actual, string message = "") { }
        public static void AreEqual(uint expected, uint actual, string message = "") { }
        public static void AreEqual(ulong expected, ulong actual, string message = "") { }
        public static void AreEqual(ushort expected, ushort actual, string message = "") { }

        public static void AreNotEqual(bool notExpected, bool actual, string message = "") { }
        public static void AreNotEqual(byte notExpected, byte actual, string message = "") { }
        public static void AreNotEqual(char notExpected, char actual, string message = "") { }
        public static void AreNotEqual(DateTime notExpected, DateTime actual, string message = "") { }
        public static void AreNotEqual(double notExpected, double actual, string message = "") { }
        public static void AreNotEqual(float notExpected, float actual, string message = "") { }
        public static void AreNotEqual(int notExpected, int actual, string message = "") { }
        public static void AreNotEqual(long notExpected, long actual, string message = "") { }
        public static void AreNotEqual(object notExpected, object actual, string message = "") { }
        public static void AreNotEqual(sbyte notExpected, sbyte actual, string message = "") { }
        public static void AreNotEqual(short notExpected, short actual, string message = "") { }
        public static void AreNotEqual(string notExpected, string actual, string message = "") { }
        public static void AreNotEqual(uint notExpected, uint actual, string message = "") { }
        public static void AreNotEqual(ulong notExpected, ulong actual, string message = "") { }
        public static void AreNotEqual(ushort notExpected, ushort actual, string message = "") { }
        public static void AreSame(object expected, object actual, string message = "") { }

        public static void AreNotSame(object notExpected, object actual, string message = "") { }

        public static void IsTrue(bool condition, string message = "") { }

        public static void IsFalse(bool condition, string message = "") { }

        public static void IsNull(object value, string message = "") { }

        public static void IsNotNull(object value, string message = "") { }

        public static void IsInstanceOfType(object value, Type expected, string message = "") { }

        public static void Contains(string expected, string value, string message = "") { }

        public static void StartsWith(string expected, string value, string message = "") { }

        public static void EndsWith(string expected, string value, string message = "") { }

        public static void SkipTest(string message = null) { }

        public static void ThrowsException(Type exception, Action action, string message = "") { }
    }

    /// <summary>Collection assertions.</summary>
    public sealed class CollectionAssert
    {
        public static void AreEqual(ICollection expected, ICollection actual, string message = "") { }

        public static void AreNotEqual(ICollection notExpected, ICollection actual, string message = "") { }

        public static void Empty(ICollection collection, string message = "") { }

        public static void NotEmpty(ICollection collection, string message = "") { }
    }

    /// <summary>Test output.</summary>
    public static class OutputHelper
    {
        public static void Write(string message) { }

        public static void WriteLine(string message) { }
    }
#pragma warning restore CS1591
}

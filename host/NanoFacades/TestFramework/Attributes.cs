// Compile-only facade: the attribute types of nanoFramework.TestFramework 3.0.80 (namespace and names as shipped).
using System;

namespace nanoFramework.TestFramework
{
    /// <summary>Marks a class that holds tests.</summary>
    [AttributeUsage(AttributeTargets.Class)]
    public class TestClassAttribute : Attribute
    {
    }

    /// <summary>Marks a test method.</summary>
    [AttributeUsage(AttributeTargets.Method)]
    public class TestMethodAttribute : Attribute
    {
    }

    /// <summary>Marks the method run once before the tests of a class.</summary>
    [AttributeUsage(AttributeTargets.Method)]
    public class SetupAttribute : Attribute
    {
    }

    /// <summary>Marks the method run once after the tests of a class.</summary>
    [AttributeUsage(AttributeTargets.Method)]
    public class CleanupAttribute : Attribute
    {
    }

    /// <summary>One row of arguments for a data-driven test.</summary>
    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public class DataRowAttribute : Attribute
    {
        /// <summary>Creates a row from the test method's arguments.</summary>
        public DataRowAttribute(params object[] methodParameters)
        {
        }

        /// <summary>The test method's arguments.</summary>
        public object[] MethodParameters { get { throw null; } }
    }
}

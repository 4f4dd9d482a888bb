using System;
using System.IO;
using PstoreNano.NanoCheck;

namespace PstoreNano.HostTests.Build
{
    /// <summary>Locates the repository (the folder holding PstoreNano.sln) from the test's base directory.</summary>
    internal static class RepoPaths
    {
        private static readonly Lazy<string> RootValue =
            new Lazy<string>(() => NfprojSources.FindRepoRoot(AppContext.BaseDirectory));

        public static string Root
        {
            get { return RootValue.Value; }
        }

        /// <summary>The nano check build of a device assembly: artifacts/nano/&lt;name&gt;/&lt;name&gt;.dll.</summary>
        public static string NanoAssembly(string name)
        {
            return Path.Combine(Root, "artifacts", "nano", name, name + ".dll");
        }

        /// <summary>The nano mscorlib copied next to a nano build.</summary>
        public static string NanoMscorlib(string name)
        {
            return Path.Combine(Root, "artifacts", "nano", name, "mscorlib.dll");
        }

        public static string File(params string[] parts)
        {
            return Path.Combine(Root, Path.Combine(parts));
        }
    }
}

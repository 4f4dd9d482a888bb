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

        /// <summary>
        /// The real nanoFramework reference assemblies of ../shared/nanoclr/refs; the calling test is skipped
        /// where they are not beside the checkout.
        /// </summary>
        public static string RealReferencesOrSkip()
        {
            string path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "nanoclr", "refs"));
            if (!Directory.Exists(path))
            {
                nanoFramework.TestFramework.Assert.SkipTest("the real reference assemblies are not beside this checkout (" + path + ")");
            }

            return path;
        }

        public static string File(params string[] parts)
        {
            return Path.Combine(Root, Path.Combine(parts));
        }
    }
}

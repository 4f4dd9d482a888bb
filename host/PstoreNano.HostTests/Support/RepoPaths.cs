using System;
using System.IO;

namespace PstoreNano.HostTests.Support
{
    /// <summary>Locates the repository from the test's output folder.</summary>
    public static class RepoPaths
    {
        /// <summary>The folder holding PstoreNano.Host.sln.</summary>
        public static string Root
        {
            get
            {
                for (DirectoryInfo d = new DirectoryInfo(AppContext.BaseDirectory); d != null; d = d.Parent)
                {
                    if (File.Exists(Path.Combine(d.FullName, "PstoreNano.Host.sln")))
                    {
                        return d.FullName;
                    }
                }

                throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
            }
        }

        /// <summary>A path below the repository root.</summary>
        public static string Of(string relative)
        {
            return Path.Combine(Root, relative);
        }
    }
}

using System.IO;

namespace PstoreNano.Tool
{
    /// <summary>Finds the repository's files (nf.config) from the working directory or the tool's location.</summary>
    public static class RepoFiles
    {
        /// <summary>The repository root (the folder holding nf.config and PstoreNano.sln), or null.</summary>
        public static string FindRoot()
        {
            foreach (string start in new[] { Directory.GetCurrentDirectory(), System.AppContext.BaseDirectory })
            {
                for (DirectoryInfo d = new DirectoryInfo(start); d != null; d = d.Parent)
                {
                    if (File.Exists(Path.Combine(d.FullName, "nf.config")) && File.Exists(Path.Combine(d.FullName, "PstoreNano.Host.sln")))
                    {
                        return d.FullName;
                    }
                }
            }

            return null;
        }
    }
}

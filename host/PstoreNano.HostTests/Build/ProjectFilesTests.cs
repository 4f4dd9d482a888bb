using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using nanoFramework.TestFramework;
using PstoreNano.NanoCheck;

namespace PstoreNano.HostTests.Build
{
    /// <summary>
    /// The .nfproj files Visual Studio builds for the chip stay in step with the sources and the pinned
    /// packages: a new .cs file can never be left out of the device build.
    /// Fix a Compile list with: dotnet run --project host/NanoCheck -- sync-nfproj
    /// </summary>
    [TestClass]
    public class ProjectFilesTests
    {
        private static readonly XNamespace MsBuild = "http://schemas.microsoft.com/developer/msbuild/2003";

        private const string Core = "nanoFramework.CoreLibrary 1.17.11";

        [TestMethod]
        [DataRow("firmware/PstoreNano/PstoreNano.nfproj")]
        [DataRow("drivers/PstoreNano.Drivers/PstoreNano.Drivers.nfproj")]
        [DataRow("tests/PstoreNano.Tests/PstoreNano.Tests.nfproj")]
        [DataRow("firmware/PstoreNano.Board/PstoreNano.Board.nfproj")]
        [DataRow("tests/PstoreNano.Testing/PstoreNano.Testing.nfproj")]
        [DataRow("tests/PstoreNano.Benchmark/PstoreNano.Benchmark.nfproj")]
        public void CompileItemsAreExactlyTheSourceFiles(string project)
        {
            string path = RepoPaths.File(project);
            string[] onDisk = NfprojSources.SourceFiles(path);
            string[] listed = NfprojSources.CompileItems(path);
            string[] missing = onDisk.Except(listed).ToArray();
            string[] stale = listed.Except(onDisk).ToArray();
            Assert.IsTrue(missing.Length == 0 && stale.Length == 0,
                project + ": not listed [" + string.Join(", ", missing) + "], listed but absent [" +
                string.Join(", ", stale) + "]. Run: dotnet run --project host/NanoCheck -- sync-nfproj");
        }

        [TestMethod]
        [DataRow("firmware/PstoreNano", Core)]
        [DataRow("drivers/PstoreNano.Drivers", Core)]
        [DataRow("tests/PstoreNano.Tests", Core + ";nanoFramework.TestFramework 3.0.80")]
        [DataRow("tests/PstoreNano.Testing", Core)]
        [DataRow("tests/PstoreNano.Benchmark", Core)]
        [DataRow("firmware/PstoreNano.Board", Core + ";nanoFramework.System.Device.Spi 1.3.89;nanoFramework.Runtime.Events 1.11.39;" +
            "nanoFramework.System.Device.Gpio 1.1.62;nanoFramework.Hardware.Esp32 1.6.42;nanoFramework.Runtime.Native 1.7.11")]
        public void PackagesConfigPinsTheExpectedPackages(string folder, string expected)
        {
            string[] wanted = expected.Split(';').OrderBy(p => p, StringComparer.Ordinal).ToArray();
            string[] actual = Packages(RepoPaths.File(folder, "packages.config"))
                .OrderBy(p => p, StringComparer.Ordinal).ToArray();
            Assert.AreEqual(string.Join("; ", wanted), string.Join("; ", actual), folder + "/packages.config");
        }

        [TestMethod]
        public void HintPathsNameRestoredPackagesOnly()
        {
            foreach (string project in NfprojSources.FindProjects(RepoPaths.Root))
            {
                string[] packages = Packages(Path.Combine(Path.GetDirectoryName(project), "packages.config"))
                    .Select(p => p.Replace(' ', '.')).ToArray();
                foreach (XElement hint in XDocument.Load(project).Descendants(MsBuild + "HintPath"))
                {
                    Match m = Regex.Match(hint.Value, @"^\.\.\\\.\.\\packages\\([^\\]+)\\lib\\[^\\]+$");
                    Assert.IsTrue(m.Success, project + ": HintPath " + hint.Value + " is not ..\\..\\packages\\<id>.<version>\\lib\\<file>");
                    Assert.IsTrue(packages.Contains(m.Groups[1].Value),
                        project + ": HintPath " + hint.Value + " names a package folder not in packages.config");
                }
            }
        }

        [TestMethod]
        public void LangVersionMatchesTheHostBuild()
        {
            string host = XDocument.Load(RepoPaths.File("build", "Host.props")).Descendants("LangVersion").Single().Value;
            string[] projects = NfprojSources.FindProjects(RepoPaths.Root);
            Assert.AreEqual(6, projects.Length, "device projects found: " + string.Join(", ", projects));
            foreach (string project in projects)
            {
                XElement[] lang = XDocument.Load(project).Descendants(MsBuild + "LangVersion").ToArray();
                Assert.AreEqual(1, lang.Length, project + " must set <LangVersion> once");
                Assert.AreEqual(host, lang[0].Value, project + " LangVersion differs from build/Host.props");
            }
        }

        [TestMethod]
        public void DeviceSolutionHoldsEveryNfproj()
        {
            string solution = File.ReadAllText(RepoPaths.File("PstoreNano.sln"));
            foreach (string project in NfprojSources.FindProjects(RepoPaths.Root))
            {
                string relative = Path.GetRelativePath(RepoPaths.Root, project).Replace('/', '\\');
                Assert.IsTrue(solution.Contains("{11A8DD76-328B-46DF-9F39-F559912D0360}\") = \"" +
                    Path.GetFileNameWithoutExtension(project) + "\", \"" + relative + "\""),
                    "PstoreNano.sln does not list " + relative + " as a nanoFramework project");
            }
        }

        [TestMethod]
        public void SyncRewritesOnlyTheCompileList()
        {
            string path = RepoPaths.File("drivers/PstoreNano.Drivers/PstoreNano.Drivers.nfproj");
            string original = File.ReadAllText(path);
            string[] files = { "A.cs", "Sub\\B.cs" };
            string rewritten = NfprojSources.Rewrite(original, files);
            string temp = Path.Combine(Path.GetTempPath(), "pstorenano-sync-" + Guid.NewGuid().ToString("N") + ".nfproj");
            try
            {
                File.WriteAllText(temp, rewritten);
                Assert.AreEqual(string.Join("|", files), string.Join("|", NfprojSources.CompileItems(temp)));
            }
            finally
            {
                File.Delete(temp);
            }

            string sourcesCut = Regex.Replace(original, @"\s*<Compile Include=""[^""]*"" />", "");
            string rewrittenCut = Regex.Replace(rewritten, @"\s*<Compile Include=""[^""]*"" />", "");
            Assert.AreEqual(sourcesCut, rewrittenCut, "sync-nfproj changed more than the Compile items");
        }

        private static string[] Packages(string packagesConfig)
        {
            return XDocument.Load(packagesConfig).Root.Elements("package")
                .Select(p => (string)p.Attribute("id") + " " + (string)p.Attribute("version"))
                .ToArray();
        }
    }
}

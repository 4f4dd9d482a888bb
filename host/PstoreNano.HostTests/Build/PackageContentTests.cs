using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Xml.Linq;
using nanoFramework.TestFramework;
using PstoreNano.NanoCheck;

namespace PstoreNano.HostTests.Build
{
    /// <summary>
    /// The NuGet packages build/pack.sh made (artifacts/packages, or PSTORENANO_PACKAGES) hold what a
    /// nanoFramework package holds: lib/ with the .dll, .pdb, .pdbx, .pe and .xml of one assembly, a readme,
    /// the licence, and dependencies on exactly the packages the .nfproj pins. .ci/run packs and then runs
    /// these tests; where no package has been made they are skipped.
    /// </summary>
    [TestClass]
    public class PackageContentTests
    {
        [TestMethod]
        [DataRow("PstoreNano", "firmware/PstoreNano")]
        [DataRow("PstoreNano.Drivers", "drivers/PstoreNano.Drivers")]
        [DataRow("PstoreNano.Board", "firmware/PstoreNano.Board")]
        public void PackageHoldsTheAssemblyAsNanoFrameworkShipsIt(string id, string folder)
        {
            using ZipArchive package = ZipFile.OpenRead(PackagePath(id));
            string[] files = package.Entries.Select(e => e.FullName)
                .Where(n => !n.StartsWith("_rels/", StringComparison.Ordinal) && !n.StartsWith("package/", StringComparison.Ordinal) &&
                            n != "[Content_Types].xml")
                .OrderBy(n => n, StringComparer.Ordinal).ToArray();
            string[] expected = new[]
            {
                id + ".nuspec", "LICENSE.md", "docs/README.md",
                "lib/" + id + ".dll", "lib/" + id + ".pdb", "lib/" + id + ".pdbx", "lib/" + id + ".pe", "lib/" + id + ".xml"
            }.OrderBy(n => n, StringComparer.Ordinal).ToArray();
            Assert.AreEqual(string.Join(", ", expected), string.Join(", ", files), id + " package files");

            byte[] pe = Read(package, "lib/" + id + ".pe");
            Assert.AreEqual("NFMRK1", Encoding.ASCII.GetString(pe, 0, 6), id + ".pe is not a nanoFramework PE file");

            string dll = Extract(package, "lib/" + id + ".dll");
            AssemblyName name = AssemblyName.GetAssemblyName(dll);
            Assert.AreEqual(id, name.Name, "assembly in " + id);
            Assert.AreEqual(name.Version.ToString(3), Nuspec(package, id).Element(Ns(package, id) + "version").Value,
                "package version against the assembly version");
            Assert.AreEqual(0, NanoScanner.Scan(dll).Count(f => f.Rule != "assembly reference not available on the device"),
                id + ".dll in the package fails the nano scan");

            XDocument docs = ReadXml(package, "lib/" + id + ".xml");
            Assert.AreEqual(id, docs.Root.Element("assembly").Element("name").Value, "assembly named in " + id + ".xml");
            Assert.IsTrue(docs.Root.Element("members").Elements("member").Count() > 0, id + ".xml documents no member");

            Assert.IsTrue(Read(package, "docs/README.md").Length > 100, id + " readme is empty");
            Assert.AreEqual(File.ReadAllText(RepoPaths.File("LICENSE.md")), Encoding.UTF8.GetString(Read(package, "LICENSE.md")),
                "licence in " + id);
        }

        [TestMethod]
        [DataRow("PstoreNano", "firmware/PstoreNano")]
        [DataRow("PstoreNano.Drivers", "drivers/PstoreNano.Drivers")]
        [DataRow("PstoreNano.Board", "firmware/PstoreNano.Board")]
        public void PackageDependsOnExactlyWhatTheProjectPins(string id, string folder)
        {
            using ZipArchive package = ZipFile.OpenRead(PackagePath(id));
            XElement metadata = Nuspec(package, id);
            XNamespace ns = Ns(package, id);
            string version = metadata.Element(ns + "version").Value;

            // packages.config pins the nanoFramework packages; every ProjectReference is one of ours, same version.
            string nfproj = Path.Combine(RepoPaths.File(folder), Path.GetFileName(folder) + ".nfproj");
            string[] pinned = XDocument.Load(RepoPaths.File(folder, "packages.config")).Root.Elements("package")
                .Select(p => (string)p.Attribute("id") + " " + (string)p.Attribute("version")).ToArray();
            string[] ours = XDocument.Load(nfproj).Descendants(XName.Get("ProjectReference", "http://schemas.microsoft.com/developer/msbuild/2003"))
                .Select(r => Path.GetFileNameWithoutExtension(((string)r.Attribute("Include")).Replace('\\', '/')) + " " + version)
                .ToArray();
            string[] expected = pinned.Concat(ours).OrderBy(d => d, StringComparer.Ordinal).ToArray();
            string[] actual = metadata.Element(ns + "dependencies").Elements(ns + "dependency")
                .Select(d => (string)d.Attribute("id") + " " + (string)d.Attribute("version"))
                .OrderBy(d => d, StringComparer.Ordinal).ToArray();
            Assert.AreEqual(string.Join("; ", expected), string.Join("; ", actual), id + " dependencies");

            foreach (string field in new[] { "authors", "description", "projectUrl", "readme", "license" })
            {
                XElement element = metadata.Element(ns + field);
                Assert.IsTrue(element != null && element.Value.Trim().Length > 0, id + ".nuspec has no " + field);
            }
        }

        private static string PackagePath(string id)
        {
            string folder = Environment.GetEnvironmentVariable("PSTORENANO_PACKAGES") ?? RepoPaths.File("artifacts", "packages");
            string[] found = Directory.Exists(folder)
                ? Directory.GetFiles(folder, id + ".*.nupkg").Where(p => IsPackageOf(p, id)).ToArray()
                : new string[0];
            if (found.Length == 0)
            {
                Assert.SkipTest("no " + id + " package in " + folder + " (build/pack.sh makes them; .ci/run runs it)");
            }

            Assert.AreEqual(1, found.Length, "packages of " + id + " in " + folder + ": " + string.Join(", ", found));
            return found[0];
        }

        // PstoreNano.*.nupkg also matches PstoreNano.Drivers.1.0.0.nupkg: the rest must be a version.
        private static bool IsPackageOf(string path, string id)
        {
            string rest = Path.GetFileNameWithoutExtension(path).Substring(id.Length + 1);
            return rest.Length > 0 && char.IsDigit(rest[0]);
        }

        private static XElement Nuspec(ZipArchive package, string id)
        {
            return ReadXml(package, id + ".nuspec").Root.Elements().First(e => e.Name.LocalName == "metadata");
        }

        private static XNamespace Ns(ZipArchive package, string id)
        {
            return Nuspec(package, id).Name.Namespace;
        }

        private static byte[] Read(ZipArchive package, string entry)
        {
            ZipArchiveEntry found = package.GetEntry(entry);
            Assert.IsNotNull(found, entry + " is not in the package");
            using Stream stream = found.Open();
            using MemoryStream copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        }

        // XDocument.Load skips the byte-order mark that NuGet writes; Parse of the decoded text would not.
        private static XDocument ReadXml(ZipArchive package, string entry)
        {
            using MemoryStream stream = new MemoryStream(Read(package, entry));
            return XDocument.Load(stream);
        }

        private static string Extract(ZipArchive package, string entry)
        {
            string path = Path.Combine(Path.GetTempPath(), "pstorenano-pkg-" + Guid.NewGuid().ToString("N") + "-" + Path.GetFileName(entry));
            File.WriteAllBytes(path, Read(package, entry));
            return path;
        }
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Xml.Linq;
using nanoFramework.TestFramework;
using PstoreNano.NanoCheck;

namespace PstoreNano.HostTests.Build
{
    /// <summary>
    /// Every packages.config is a set NuGet accepts and MSBuild links without a version conflict (MSB3277):
    /// each package's assembly, as the real reference assemblies (../shared/nanoclr/refs) were built, names
    /// the assemblies it needs and their versions, and the same packages.config must pin a package for
    /// each of them at that version or later. Skipped where the real references are not beside the checkout.
    /// </summary>
    [TestClass]
    public class PackageSetTests
    {
        [TestMethod]
        public void EveryPackageFindsItsDependenciesAtTheirMinimumVersion()
        {
            string refs = RepoPaths.RealReferencesOrSkip();
            List<string> problems = new List<string>();
            int checkedDependencies = 0;
            foreach (string project in NfprojSources.FindProjects(RepoPaths.Root))
            {
                string config = Path.Combine(Path.GetDirectoryName(project), "packages.config");
                Dictionary<string, Version> pinned = PinnedAssemblies(config);
                foreach (KeyValuePair<string, Version> package in pinned)
                {
                    string assembly = Path.Combine(refs, package.Key + ".dll");
                    if (!File.Exists(assembly))
                    {
                        continue;
                    }

                    foreach (AssemblyName needed in NanoScanner.ReferencedAssemblyVersions(assembly))
                    {
                        checkedDependencies++;
                        string where = Path.GetRelativePath(RepoPaths.Root, config) + ": " + package.Key + " needs " +
                            needed.Name + " " + needed.Version;
                        if (!pinned.TryGetValue(needed.Name, out Version have))
                        {
                            problems.Add(where + ", which is not pinned");
                        }
                        else if (have < Truncate(needed.Version))
                        {
                            problems.Add(where + ", pinned at " + have);
                        }
                    }
                }
            }

            Assert.IsTrue(checkedDependencies > 0, "no package dependency was checked");
            Assert.AreEqual(0, problems.Count, string.Join("\n", problems));
        }

        [TestMethod]
        public void ADependencyPinnedBelowItsMinimumIsFound()
        {
            // Hardware.Esp32 1.6.42 was built against Runtime.Events 1.11.39: pinning 1.11.37 must be caught.
            string esp32 = Path.Combine(RepoPaths.RealReferencesOrSkip(), "nanoFramework.Hardware.Esp32.dll");
            AssemblyName events = NanoScanner.ReferencedAssemblyVersions(esp32).Single(a => a.Name == "nanoFramework.Runtime.Events");
            Assert.IsTrue(new Version(1, 11, 37) < Truncate(events.Version), "Runtime.Events minimum is " + events.Version);
        }

        // packages.config pins package ids; the assemblies inside are named without the "nanoFramework." prefix
        // for the System.* libraries, and CoreLibrary ships mscorlib.
        private static Dictionary<string, Version> PinnedAssemblies(string packagesConfig)
        {
            Dictionary<string, Version> pinned = new Dictionary<string, Version>();
            foreach (XElement package in XDocument.Load(packagesConfig).Root.Elements("package"))
            {
                string id = (string)package.Attribute("id");
                string assembly = id == "nanoFramework.CoreLibrary" ? "mscorlib" :
                    id.StartsWith("nanoFramework.System.", StringComparison.Ordinal) ? id.Substring("nanoFramework.".Length) : id;
                pinned[assembly] = new Version((string)package.Attribute("version"));
            }

            return pinned;
        }

        private static Version Truncate(Version assemblyVersion)
        {
            return new Version(assemblyVersion.Major, assemblyVersion.Minor, Math.Max(0, assemblyVersion.Build));
        }
    }
}

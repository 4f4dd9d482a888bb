using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using nanoFramework.TestFramework;
using PstoreNano.NanoCheck;

namespace PstoreNano.HostTests.Build
{
    /// <summary>
    /// The compile-only facades (host/NanoFacades) and the MSTest compat layer (Compat/TestFrameworkCompat.cs)
    /// offer nothing the real nanoFramework assemblies lack, with the same signatures, defaults and enum
    /// values; otherwise code that builds here would fail in Visual Studio or on the device. The real
    /// reference assemblies are those of ../shared/nanoclr/refs; without them the tests are skipped.
    /// </summary>
    [TestClass]
    public class FacadeApiTests
    {
        [TestMethod]
        [DataRow("System.Device.Spi")]
        [DataRow("System.Device.Gpio")]
        [DataRow("nanoFramework.Hardware.Esp32")]
        [DataRow("nanoFramework.Runtime.Native")]
        [DataRow("nanoFramework.TestFramework")]
        public void FacadeOffersOnlyTheRealApi(string assembly)
        {
            string real = RealReferencePath(assembly);
            string facade = RepoPaths.NanoAssembly(assembly);
            Assert.IsTrue(File.Exists(facade), facade + " is missing: the host solution builds the facades first");

            string[] extra = ApiSurface.Read(facade).Except(ApiSurface.Read(real)).ToArray();
            Assert.AreEqual(0, extra.Length, "the facade of " + assembly + " offers what the real assembly does not:\n  " +
                string.Join("\n  ", extra));
        }

        [TestMethod]
        [DataRow("System.Device.Spi")]
        [DataRow("System.Device.Gpio")]
        [DataRow("nanoFramework.Hardware.Esp32")]
        [DataRow("nanoFramework.Runtime.Native")]
        [DataRow("nanoFramework.TestFramework")]
        public void FacadeHasTheRealAssemblyVersion(string assembly)
        {
            Version real = AssemblyName.GetAssemblyName(RealReferencePath(assembly)).Version;
            Version facade = AssemblyName.GetAssemblyName(RepoPaths.NanoAssembly(assembly)).Version;
            Assert.AreEqual(real.ToString(), facade.ToString(), "assembly version of the " + assembly + " facade");
        }

        [TestMethod]
        public void CompatLayerOffersOnlyTheRealTestFramework()
        {
            // Type lines are compared by name only: the compat types derive from MSTest's attributes. Members
            // inherited from MSTest are not declared here and do not show.
            SortedSet<string> real = ApiSurface.Read(RealReferencePath("nanoFramework.TestFramework"));
            string[] realTypes = real.Where(IsTypeLine).Select(TypeName).ToArray();

            string[] extra = ApiSurface.Read(typeof(Assert).Assembly.Location)
                .Where(line => line.Contains(" nanoFramework.TestFramework."))
                .Where(line => IsTypeLine(line) ? !realTypes.Contains(TypeName(line)) : !real.Contains(line))
                .ToArray();
            Assert.AreEqual(0, extra.Length, "Compat/TestFrameworkCompat.cs offers what nanoFramework.TestFramework does not:\n  " +
                string.Join("\n  ", extra));
        }

        [TestMethod]
        public void ComparisonCatchesAWiderFacade()
        {
            // The check must bite: the host build of the engine is not a facade of System.Device.Spi.
            string real = RealReferencePath("System.Device.Spi");
            string other = typeof(PstoreNano.Pstore).Assembly.Location;
            Assert.IsTrue(ApiSurface.Read(other).Except(ApiSurface.Read(real)).Any(l => l.Contains("PstoreNano.Pstore::Mount(")),
                "a member missing from the real assembly was not reported");
        }

        private static bool IsTypeLine(string line)
        {
            return line.StartsWith("type", StringComparison.Ordinal) || line.StartsWith("interface ", StringComparison.Ordinal);
        }

        private static string TypeName(string typeLine)
        {
            string[] words = typeLine.Split(' ');
            int colon = Array.IndexOf(words, ":");
            return colon > 0 ? words[colon - 1] : words[words.Length - 1];
        }

        private static string RealReferencePath(string assembly)
        {
            return Path.Combine(RepoPaths.RealReferencesOrSkip(), assembly + ".dll");
        }
    }
}

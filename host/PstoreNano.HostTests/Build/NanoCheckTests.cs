using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using nanoFramework.TestFramework;
using PstoreNano.NanoCheck;

namespace PstoreNano.HostTests.Build
{
    /// <summary>
    /// The nano check: every device assembly, compiled against nanoFramework.CoreLibrary's mscorlib by the
    /// projects under host/NanoCheck/Nano, holds nothing the nanoFramework 1.x interpreter cannot run.
    /// </summary>
    [TestClass]
    public class NanoCheckTests
    {
        [TestMethod]
        [DataRow("PstoreNano")]
        [DataRow("PstoreNano.Drivers")]
        [DataRow("NFUnitTest")]
        [DataRow("PstoreNano.Board")]
        [DataRow("PstoreNano.Testing")]
        public void DeviceAssemblyPassesTheNanoScan(string assembly)
        {
            List<NanoFinding> findings = ScanBuilt(assembly);
            Assert.AreEqual(0, findings.Count, assembly + " has what nanoFramework 1.x cannot run:\n  " +
                string.Join("\n  ", findings));
        }

        [TestMethod]
        [DataRow("PstoreNano", "mscorlib")]
        [DataRow("PstoreNano.Drivers", "mscorlib,PstoreNano")]
        [DataRow("NFUnitTest", "mscorlib,PstoreNano,PstoreNano.Drivers,PstoreNano.Testing,nanoFramework.TestFramework")]
        [DataRow("PstoreNano.Board", "mscorlib,PstoreNano,PstoreNano.Drivers,System.Device.Gpio,System.Device.Spi,nanoFramework.Hardware.Esp32,nanoFramework.Runtime.Native")]
        [DataRow("PstoreNano.Testing", "mscorlib,PstoreNano")]
        public void DeviceAssemblyReferencesOnlyWhatItsNfprojDeploys(string assembly, string allowed)
        {
            string[] allowedNames = allowed.Split(',');
            string[] extra = NanoScanner.ReferencedAssemblies(RepoPaths.NanoAssembly(assembly))
                .Where(name => Array.IndexOf(allowedNames, name) < 0)
                .ToArray();
            Assert.AreEqual(0, extra.Length, assembly + " references " + string.Join(", ", extra));
        }

        [TestMethod]
        public void ScanNamesAGenericMethod()
        {
            List<NanoFinding> findings = ScanBuilt("GenericSample");
            Assert.IsTrue(findings.Any(f => f.Rule == "generic method definition" &&
                                            f.Where == "GenericSample.SampleHelpers::FirstOrSame"),
                "no finding names SampleHelpers.FirstOrSame<T>:\n  " + string.Join("\n  ", findings));
            Assert.IsTrue(findings.Any(f => f.Rule == "generic method instantiation" && f.Detail == "<Int32>"),
                "the call FirstOrSame<int> was not reported");
        }

        [TestMethod]
        public void ScanNamesAGenericCollectionType()
        {
            List<NanoFinding> findings = ScanBuilt("GenericSample");
            Assert.IsTrue(findings.Any(f => f.Rule == "generic type definition" && f.Where == "GenericSample.SampleList`1"),
                "no finding names SampleList<T>:\n  " + string.Join("\n  ", findings));
            Assert.IsTrue(findings.Any(f => f.Rule == "generic instantiation" && f.Detail.Contains("SampleList`1<Int32>")),
                "the use of SampleList<int> was not reported");
        }

        [TestMethod]
        public void ScanRejectsAssembliesTheDeviceDoesNotHave()
        {
            // The scanner itself is a .NET 10 assembly: System.Runtime and friends are not on the device.
            string host = typeof(NanoScanner).Assembly.Location;
            List<NanoFinding> findings = NanoScanner.Scan(host);
            Assert.IsTrue(findings.Any(f => f.Rule == "assembly reference not available on the device" && f.Where == "System.Runtime"),
                "System.Runtime was not reported");
        }

        private static List<NanoFinding> ScanBuilt(string assembly)
        {
            string path = RepoPaths.NanoAssembly(assembly);
            Assert.IsTrue(File.Exists(path), path + " is missing: the host solution builds it before the tests " +
                "(ProjectReference from PstoreNano.HostTests.csproj)");
            return NanoScanner.Scan(path, RepoPaths.NanoMscorlib(assembly));
        }
    }
}

using System.Reflection;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

// Written by hand: the nanoFramework build does not generate assembly attributes.
[assembly: AssemblyTitle("PstoreNano")]
[assembly: AssemblyDescription("Persistent crash and log store: zone engine.")]
[assembly: AssemblyProduct("PstoreNano")]
[assembly: AssemblyCopyright("PstoreNano contributors")]
[assembly: ComVisible(false)]
[assembly: AssemblyVersion("1.0.0.0")]
[assembly: AssemblyFileVersion("1.0.0.0")]

// The device tests reach the zone engine's internals (rings, formats, CRC); applications see the API only.
[assembly: InternalsVisibleTo("NFUnitTest")]
[assembly: InternalsVisibleTo("PstoreNanoBench")]

using System.Reflection;
using System.Runtime.InteropServices;

// Written by hand: the nanoFramework build does not generate assembly attributes.
[assembly: AssemblyTitle("PstoreNano.Testing")]
[assembly: AssemblyDescription("PstoreNano test devices: RAM partitions with scripted power cuts. Not for production images.")]
[assembly: AssemblyProduct("PstoreNano")]
[assembly: AssemblyCopyright("PstoreNano contributors")]
[assembly: ComVisible(false)]
[assembly: AssemblyVersion("1.0.0.0")]
[assembly: AssemblyFileVersion("1.0.0.0")]

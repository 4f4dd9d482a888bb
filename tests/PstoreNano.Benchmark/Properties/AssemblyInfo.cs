using System.Reflection;
using System.Runtime.InteropServices;

// Written by hand: the nanoFramework build does not generate assembly attributes.
[assembly: AssemblyTitle("PstoreNanoBench")]
[assembly: AssemblyDescription("PstoreNano speed on the nanoFramework interpreter, as ratios to Array.Copy + CRC-32 of the same bytes.")]
[assembly: AssemblyProduct("PstoreNano")]
[assembly: AssemblyCopyright("PstoreNano contributors")]
[assembly: ComVisible(false)]
[assembly: AssemblyVersion("1.0.0.0")]
[assembly: AssemblyFileVersion("1.0.0.0")]

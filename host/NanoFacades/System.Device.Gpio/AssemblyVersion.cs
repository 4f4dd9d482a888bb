// The facade carries the version of the real reference assembly it mirrors (../shared/nanoclr/refs), so
// builds that reference both never see two versions of one assembly.
using System.Reflection;

[assembly: AssemblyVersion("1.1.62.0")]

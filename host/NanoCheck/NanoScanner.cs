using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace PstoreNano.NanoCheck
{
    /// <summary>
    /// Reads a compiled device assembly's metadata and reports everything the nanoFramework 1.x
    /// interpreter cannot run: generic definitions and instantiations, Span/Memory, Nullable, ValueTuple,
    /// async and iterator state machines, multi-dimensional arrays, pointers and function pointers,
    /// references to assemblies that are not on the device, and mscorlib members that do not exist.
    /// </summary>
    public static class NanoScanner
    {
        /// <summary>Assemblies a device assembly may reference: mscorlib, ours, and the packages we deploy.</summary>
        public static readonly string[] AllowedAssemblies =
        {
            "mscorlib",
            "PstoreNano",
            "PstoreNano.Drivers",
            "PstoreNano.Board",
            "PstoreNano.Testing",
            "NFUnitTest",
            "nanoFramework.TestFramework",
            "System.Device.Spi",
            "System.Device.Gpio",
            "nanoFramework.Runtime.Events",
            "nanoFramework.Hardware.Esp32",
            "nanoFramework.Runtime.Native",
        };

        // Types a 1.x device cannot use even when the compiler accepts them (first column: full metadata name).
        private static readonly string[][] ForbiddenTypes =
        {
            new[] { "System.Span`1", "Span<T>" },
            new[] { "System.ReadOnlySpan`1", "ReadOnlySpan<T>" },
            new[] { "System.Memory`1", "Memory<T>" },
            new[] { "System.ReadOnlyMemory`1", "ReadOnlyMemory<T>" },
            new[] { "System.Nullable`1", "nullable value type" },
            new[] { "System.Runtime.CompilerServices.IAsyncStateMachine", "async state machine" },
            new[] { "System.Runtime.CompilerServices.AsyncStateMachineAttribute", "async method" },
            new[] { "System.Runtime.CompilerServices.AsyncVoidMethodBuilder", "async method" },
            new[] { "System.Runtime.CompilerServices.AsyncTaskMethodBuilder", "async method" },
            new[] { "System.Runtime.CompilerServices.AsyncTaskMethodBuilder`1", "async method" },
            new[] { "System.Runtime.CompilerServices.IteratorStateMachineAttribute", "iterator (yield)" },
            new[] { "System.Runtime.CompilerServices.FixedBufferAttribute", "unsafe fixed buffer" },
            new[] { "System.Runtime.CompilerServices.Unsafe", "unsafe code" },
        };

        /// <summary>Names of the assemblies <paramref name="assemblyPath"/> references.</summary>
        public static string[] ReferencedAssemblies(string assemblyPath)
        {
            using (PEReader pe = new PEReader(File.OpenRead(assemblyPath)))
            {
                MetadataReader reader = pe.GetMetadataReader();
                return reader.AssemblyReferences
                    .Select(h => reader.GetString(reader.GetAssemblyReference(h).Name))
                    .ToArray();
            }
        }

        /// <summary>The assemblies <paramref name="assemblyPath"/> references, with the versions it was built against.</summary>
        public static AssemblyName[] ReferencedAssemblyVersions(string assemblyPath)
        {
            using (PEReader pe = new PEReader(File.OpenRead(assemblyPath)))
            {
                MetadataReader reader = pe.GetMetadataReader();
                return reader.AssemblyReferences
                    .Select(h => reader.GetAssemblyReference(h).GetAssemblyName())
                    .ToArray();
            }
        }

        /// <summary>
        /// Scans <paramref name="assemblyPath"/>. When <paramref name="mscorlibPath"/> is given, every
        /// reference into mscorlib is also checked against that mscorlib's types and member names.
        /// </summary>
        public static List<NanoFinding> Scan(string assemblyPath, string mscorlibPath = null)
        {
            MscorlibIndex mscorlib = mscorlibPath == null ? null : MscorlibIndex.Load(mscorlibPath);
            using (PEReader pe = new PEReader(File.OpenRead(assemblyPath)))
            {
                MetadataReader reader = pe.GetMetadataReader();
                SignatureText decoder = new SignatureText(reader);
                List<NanoFinding> findings = new List<NanoFinding>();

                CheckAssemblyReferences(reader, findings);
                CheckTypeReferences(reader, findings);
                CheckDefinitions(pe, reader, decoder, findings);
                CheckTypeSpecifications(reader, decoder, findings);
                CheckMethodSpecifications(reader, decoder, findings);
                CheckMemberReferences(reader, decoder, mscorlib, findings);
                return findings;
            }
        }

        private static void CheckAssemblyReferences(MetadataReader reader, List<NanoFinding> findings)
        {
            foreach (AssemblyReferenceHandle handle in reader.AssemblyReferences)
            {
                string name = reader.GetString(reader.GetAssemblyReference(handle).Name);
                if (Array.IndexOf(AllowedAssemblies, name) < 0)
                {
                    findings.Add(new NanoFinding("assembly reference not available on the device", name, ""));
                }
            }
        }

        private static void CheckTypeReferences(MetadataReader reader, List<NanoFinding> findings)
        {
            foreach (TypeReferenceHandle handle in reader.TypeReferences)
            {
                string name = MetadataNames.Of(reader, handle);
                foreach (string[] forbidden in ForbiddenTypes)
                {
                    if (name == forbidden[0])
                    {
                        findings.Add(new NanoFinding(forbidden[1], name, "type reference"));
                    }
                }

                if (name.StartsWith("System.ValueTuple", StringComparison.Ordinal))
                {
                    findings.Add(new NanoFinding("tuple", name, "type reference"));
                }
            }
        }

        private static void CheckDefinitions(PEReader pe, MetadataReader reader, SignatureText decoder, List<NanoFinding> findings)
        {
            foreach (TypeDefinitionHandle typeHandle in reader.TypeDefinitions)
            {
                TypeDefinition type = reader.GetTypeDefinition(typeHandle);
                string typeName = MetadataNames.Of(reader, typeHandle);
                if (type.GetGenericParameters().Count > 0)
                {
                    findings.Add(new NanoFinding("generic type definition", typeName,
                        type.GetGenericParameters().Count + " type parameter(s)"));
                }

                foreach (InterfaceImplementationHandle implHandle in type.GetInterfaceImplementations())
                {
                    EntityHandle iface = reader.GetInterfaceImplementation(implHandle).Interface;
                    AddProblems(findings, typeName, "implements " + MetadataNames.OfType(reader, iface, decoder), decoder);
                }

                if (!type.BaseType.IsNil)
                {
                    AddProblems(findings, typeName, "base " + MetadataNames.OfType(reader, type.BaseType, decoder), decoder);
                }

                foreach (FieldDefinitionHandle fieldHandle in type.GetFields())
                {
                    string field = reader.GetFieldDefinition(fieldHandle).DecodeSignature(decoder, null);
                    AddProblems(findings, MetadataNames.Of(reader, fieldHandle), "field of type " + field, decoder);
                }

                foreach (MethodDefinitionHandle methodHandle in type.GetMethods())
                {
                    CheckMethod(pe, reader, decoder, methodHandle, findings);
                }
            }
        }

        private static void CheckMethod(PEReader pe, MetadataReader reader, SignatureText decoder,
            MethodDefinitionHandle methodHandle, List<NanoFinding> findings)
        {
            MethodDefinition method = reader.GetMethodDefinition(methodHandle);
            string methodName = MetadataNames.Of(reader, methodHandle);
            if (method.GetGenericParameters().Count > 0)
            {
                findings.Add(new NanoFinding("generic method definition", methodName,
                    method.GetGenericParameters().Count + " type parameter(s)"));
            }

            method.DecodeSignature(decoder, null);
            AddProblems(findings, methodName, "signature", decoder);

            if (method.RelativeVirtualAddress != 0)
            {
                StandaloneSignatureHandle locals = pe.GetMethodBody(method.RelativeVirtualAddress).LocalSignature;
                if (!locals.IsNil)
                {
                    reader.GetStandaloneSignature(locals).DecodeLocalSignature(decoder, null);
                    AddProblems(findings, methodName, "local variable", decoder);
                }
            }
        }

        private static void CheckTypeSpecifications(MetadataReader reader, SignatureText decoder, List<NanoFinding> findings)
        {
            int rows = reader.GetTableRowCount(TableIndex.TypeSpec);
            for (int row = 1; row <= rows; row++)
            {
                string text = reader.GetTypeSpecification(MetadataTokens.TypeSpecificationHandle(row)).DecodeSignature(decoder, null);
                AddProblems(findings, text, "type used in code", decoder);
            }
        }

        private static void CheckMethodSpecifications(MetadataReader reader, SignatureText decoder, List<NanoFinding> findings)
        {
            int rows = reader.GetTableRowCount(TableIndex.MethodSpec);
            for (int row = 1; row <= rows; row++)
            {
                MethodSpecification spec = reader.GetMethodSpecification(MetadataTokens.MethodSpecificationHandle(row));
                string method = MetadataNames.OfMember(reader, spec.Method, decoder);
                string arguments = string.Join(", ", spec.DecodeSignature(decoder, null));
                decoder.TakeProblems();
                findings.Add(new NanoFinding("generic method instantiation", method, "<" + arguments + ">"));
            }
        }

        private static void CheckMemberReferences(MetadataReader reader, SignatureText decoder, MscorlibIndex mscorlib,
            List<NanoFinding> findings)
        {
            foreach (MemberReferenceHandle handle in reader.MemberReferences)
            {
                MemberReference member = reader.GetMemberReference(handle);
                string name = MetadataNames.OfMember(reader, handle, decoder);
                if (member.GetKind() == MemberReferenceKind.Method)
                {
                    member.DecodeMethodSignature(decoder, null);
                }
                else
                {
                    member.DecodeFieldSignature(decoder, null);
                }

                AddProblems(findings, name, "member reference", decoder);

                if (mscorlib != null && member.Parent.Kind == HandleKind.TypeReference &&
                    ScopeAssembly(reader, (TypeReferenceHandle)member.Parent) == "mscorlib")
                {
                    string typeName = MetadataNames.Of(reader, (TypeReferenceHandle)member.Parent);
                    string memberName = reader.GetString(member.Name);
                    if (!mscorlib.HasType(typeName))
                    {
                        findings.Add(new NanoFinding("type missing from nano mscorlib", typeName, memberName));
                    }
                    else if (!mscorlib.HasMember(typeName, memberName))
                    {
                        findings.Add(new NanoFinding("member missing from nano mscorlib", typeName + "::" + memberName, ""));
                    }
                }
            }
        }

        private static string ScopeAssembly(MetadataReader reader, TypeReferenceHandle handle)
        {
            EntityHandle scope = reader.GetTypeReference(handle).ResolutionScope;
            while (scope.Kind == HandleKind.TypeReference)
            {
                scope = reader.GetTypeReference((TypeReferenceHandle)scope).ResolutionScope;
            }

            return scope.Kind == HandleKind.AssemblyReference
                ? reader.GetString(reader.GetAssemblyReference((AssemblyReferenceHandle)scope).Name)
                : "";
        }

        private static void AddProblems(List<NanoFinding> findings, string where, string context, SignatureText decoder)
        {
            foreach (string problem in decoder.TakeProblems())
            {
                findings.Add(new NanoFinding(RuleOf(problem), where, context + ": " + problem));
            }
        }

        private static string RuleOf(string problem)
        {
            return problem.Substring(0, problem.IndexOf(':'));
        }
    }
}

using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace PstoreNano.NanoCheck
{
    /// <summary>
    /// The public surface of an assembly as one line per visible type and member, e.g.
    /// <c>method static System.Device.Spi.SpiDevice::Create(System.Device.Spi.SpiConnectionSettings) : System.Device.Spi.SpiDevice</c>.
    /// Two assemblies offer the same API exactly when their lines agree, so a facade is checked against
    /// the real reference assembly by set difference.
    /// </summary>
    public static class ApiSurface
    {
        /// <summary>Every public (or protected, on a public type) type, method, field, property and event.</summary>
        public static SortedSet<string> Read(string assemblyPath)
        {
            using FileStream stream = File.OpenRead(assemblyPath);
            using PEReader pe = new PEReader(stream);
            MetadataReader reader = pe.GetMetadataReader();
            SignatureText decoder = new SignatureText(reader);
            SortedSet<string> lines = new SortedSet<string>(System.StringComparer.Ordinal);

            foreach (TypeDefinitionHandle handle in reader.TypeDefinitions)
            {
                TypeDefinition type = reader.GetTypeDefinition(handle);
                if (!IsVisible(reader, type))
                {
                    continue;
                }

                string typeName = MetadataNames.Of(reader, handle);
                lines.Add(TypeKind(reader, type) + " " + typeName + BaseText(reader, type, decoder));
                bool isEnum = IsEnum(reader, type, decoder);

                foreach (FieldDefinitionHandle fieldHandle in type.GetFields())
                {
                    FieldDefinition field = reader.GetFieldDefinition(fieldHandle);
                    if (!IsVisible(field.Attributes))
                    {
                        continue;
                    }

                    string name = reader.GetString(field.Name);
                    string value = isEnum ? " = " + ConstantText(reader, field.GetDefaultValue()) : "";
                    string kind = (field.Attributes & FieldAttributes.Static) != 0 ? "field static " : "field ";
                    lines.Add(kind + typeName + "::" + name + " : " + field.DecodeSignature(decoder, null) + value);
                }

                foreach (MethodDefinitionHandle methodHandle in type.GetMethods())
                {
                    MethodDefinition method = reader.GetMethodDefinition(methodHandle);
                    if (!IsVisible(method.Attributes))
                    {
                        continue;
                    }

                    lines.Add(MethodText(reader, typeName, method, decoder));
                }

                foreach (PropertyDefinitionHandle propertyHandle in type.GetProperties())
                {
                    PropertyDefinition property = reader.GetPropertyDefinition(propertyHandle);
                    PropertyAccessors accessors = property.GetAccessors();
                    string get = VisibleAccessor(reader, accessors.Getter) ? " get;" : "";
                    string set = VisibleAccessor(reader, accessors.Setter) ? " set;" : "";
                    if (get.Length + set.Length == 0)
                    {
                        continue;
                    }

                    MethodSignature<string> signature = property.DecodeSignature(decoder, null);
                    string parameters = signature.ParameterTypes.Length == 0 ? "" : "[" + string.Join(", ", signature.ParameterTypes) + "]";
                    lines.Add("property " + typeName + "::" + reader.GetString(property.Name) + parameters +
                        " : " + signature.ReturnType + " {" + get + set + " }");
                }

                foreach (EventDefinitionHandle eventHandle in type.GetEvents())
                {
                    EventDefinition evt = reader.GetEventDefinition(eventHandle);
                    if (!VisibleAccessor(reader, evt.GetAccessors().Adder))
                    {
                        continue;
                    }

                    lines.Add("event " + typeName + "::" + reader.GetString(evt.Name) + " : " +
                        MetadataNames.OfType(reader, evt.Type, decoder));
                }
            }

            decoder.TakeProblems();
            return lines;
        }

        private static string MethodText(MetadataReader reader, string typeName, MethodDefinition method, SignatureText decoder)
        {
            MethodSignature<string> signature = method.DecodeSignature(decoder, null);
            List<string> parameters = new List<string>();
            ParameterHandleCollection names = method.GetParameters();
            Dictionary<int, Parameter> bySequence = names.Select(reader.GetParameter).ToDictionary(p => p.SequenceNumber);
            for (int i = 0; i < signature.ParameterTypes.Length; i++)
            {
                string text = signature.ParameterTypes[i];
                if (bySequence.TryGetValue(i + 1, out Parameter parameter))
                {
                    if ((parameter.Attributes & ParameterAttributes.Optional) != 0)
                    {
                        text += " = " + ConstantText(reader, parameter.GetDefaultValue());
                    }

                    if (parameter.GetCustomAttributes().Any(a => AttributeName(reader, a) == "System.ParamArrayAttribute"))
                    {
                        text = "params " + text;
                    }
                }

                parameters.Add(text);
            }

            string kind = (method.Attributes & MethodAttributes.Static) != 0 ? "method static " :
                (method.Attributes & MethodAttributes.Abstract) != 0 ? "method abstract " :
                (method.Attributes & MethodAttributes.Virtual) != 0 ? "method virtual " : "method ";
            string access = (method.Attributes & MethodAttributes.MemberAccessMask) == MethodAttributes.Public ? "" : "protected ";
            return kind + access + typeName + "::" + reader.GetString(method.Name) + "(" + string.Join(", ", parameters) + ") : " +
                signature.ReturnType;
        }

        private static bool IsVisible(MetadataReader reader, TypeDefinition type)
        {
            TypeAttributes visibility = type.Attributes & TypeAttributes.VisibilityMask;
            if (visibility == TypeAttributes.Public)
            {
                return true;
            }

            if (visibility == TypeAttributes.NestedPublic || visibility == TypeAttributes.NestedFamily ||
                visibility == TypeAttributes.NestedFamORAssem)
            {
                return IsVisible(reader, reader.GetTypeDefinition(type.GetDeclaringType()));
            }

            return false;
        }

        private static bool IsVisible(FieldAttributes attributes)
        {
            FieldAttributes access = attributes & FieldAttributes.FieldAccessMask;
            return access == FieldAttributes.Public || access == FieldAttributes.Family || access == FieldAttributes.FamORAssem;
        }

        private static bool IsVisible(MethodAttributes attributes)
        {
            MethodAttributes access = attributes & MethodAttributes.MemberAccessMask;
            return access == MethodAttributes.Public || access == MethodAttributes.Family || access == MethodAttributes.FamORAssem;
        }

        private static bool VisibleAccessor(MetadataReader reader, MethodDefinitionHandle handle)
        {
            return !handle.IsNil && IsVisible(reader.GetMethodDefinition(handle).Attributes);
        }

        private static string TypeKind(MetadataReader reader, TypeDefinition type)
        {
            if ((type.Attributes & TypeAttributes.Interface) != 0)
            {
                return "interface";
            }

            return (type.Attributes & TypeAttributes.Abstract) != 0 && (type.Attributes & TypeAttributes.Sealed) != 0 ? "type static" :
                (type.Attributes & TypeAttributes.Sealed) != 0 ? "type sealed" :
                (type.Attributes & TypeAttributes.Abstract) != 0 ? "type abstract" : "type";
        }

        private static string BaseText(MetadataReader reader, TypeDefinition type, SignatureText decoder)
        {
            List<string> bases = new List<string>();
            if (!type.BaseType.IsNil)
            {
                bases.Add(MetadataNames.OfType(reader, type.BaseType, decoder));
            }

            foreach (InterfaceImplementationHandle handle in type.GetInterfaceImplementations())
            {
                bases.Add(MetadataNames.OfType(reader, reader.GetInterfaceImplementation(handle).Interface, decoder));
            }

            bases.Sort(System.StringComparer.Ordinal);
            return bases.Count == 0 ? "" : " : " + string.Join(", ", bases);
        }

        private static bool IsEnum(MetadataReader reader, TypeDefinition type, SignatureText decoder)
        {
            return !type.BaseType.IsNil && MetadataNames.OfType(reader, type.BaseType, decoder) == "System.Enum";
        }

        private static string AttributeName(MetadataReader reader, CustomAttributeHandle handle)
        {
            CustomAttribute attribute = reader.GetCustomAttribute(handle);
            EntityHandle ctor = attribute.Constructor;
            if (ctor.Kind == HandleKind.MemberReference)
            {
                EntityHandle parent = reader.GetMemberReference((MemberReferenceHandle)ctor).Parent;
                return parent.Kind == HandleKind.TypeReference ? MetadataNames.Of(reader, (TypeReferenceHandle)parent) : "?";
            }

            return ctor.Kind == HandleKind.MethodDefinition
                ? MetadataNames.Of(reader, reader.GetMethodDefinition((MethodDefinitionHandle)ctor).GetDeclaringType())
                : "?";
        }

        private static string ConstantText(MetadataReader reader, ConstantHandle handle)
        {
            if (handle.IsNil)
            {
                return "?";
            }

            Constant constant = reader.GetConstant(handle);
            BlobReader blob = reader.GetBlobReader(constant.Value);
            switch (constant.TypeCode)
            {
                case ConstantTypeCode.Boolean: return blob.ReadBoolean() ? "true" : "false";
                case ConstantTypeCode.Char: return "'" + blob.ReadChar() + "'";
                case ConstantTypeCode.SByte: return blob.ReadSByte().ToString();
                case ConstantTypeCode.Byte: return blob.ReadByte().ToString();
                case ConstantTypeCode.Int16: return blob.ReadInt16().ToString();
                case ConstantTypeCode.UInt16: return blob.ReadUInt16().ToString();
                case ConstantTypeCode.Int32: return blob.ReadInt32().ToString();
                case ConstantTypeCode.UInt32: return blob.ReadUInt32().ToString();
                case ConstantTypeCode.Int64: return blob.ReadInt64().ToString();
                case ConstantTypeCode.UInt64: return blob.ReadUInt64().ToString();
                case ConstantTypeCode.Single: return blob.ReadSingle().ToString("R", System.Globalization.CultureInfo.InvariantCulture);
                case ConstantTypeCode.Double: return blob.ReadDouble().ToString("R", System.Globalization.CultureInfo.InvariantCulture);
                case ConstantTypeCode.String: return "\"" + blob.ReadUTF16(blob.Length) + "\"";
                case ConstantTypeCode.NullReference: return "null";
                default: return "?";
            }
        }
    }
}

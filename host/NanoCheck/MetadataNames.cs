using System.Reflection.Metadata;

namespace PstoreNano.NanoCheck
{
    /// <summary>Readable full names of metadata rows, for findings.</summary>
    internal static class MetadataNames
    {
        public static string Of(MetadataReader reader, TypeDefinitionHandle handle)
        {
            TypeDefinition type = reader.GetTypeDefinition(handle);
            string name = reader.GetString(type.Name);
            TypeDefinitionHandle outer = type.GetDeclaringType();
            if (!outer.IsNil)
            {
                return Of(reader, outer) + "/" + name;
            }

            string ns = reader.GetString(type.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }

        public static string Of(MetadataReader reader, TypeReferenceHandle handle)
        {
            TypeReference type = reader.GetTypeReference(handle);
            string name = reader.GetString(type.Name);
            if (type.ResolutionScope.Kind == HandleKind.TypeReference)
            {
                return Of(reader, (TypeReferenceHandle)type.ResolutionScope) + "/" + name;
            }

            string ns = reader.GetString(type.Namespace);
            return ns.Length == 0 ? name : ns + "." + name;
        }

        public static string Of(MetadataReader reader, MethodDefinitionHandle handle)
        {
            MethodDefinition method = reader.GetMethodDefinition(handle);
            return Of(reader, method.GetDeclaringType()) + "::" + reader.GetString(method.Name);
        }

        public static string Of(MetadataReader reader, FieldDefinitionHandle handle)
        {
            FieldDefinition field = reader.GetFieldDefinition(handle);
            return Of(reader, field.GetDeclaringType()) + "::" + reader.GetString(field.Name);
        }

        /// <summary>Name of a type-ish handle (definition, reference or specification), "?" otherwise.</summary>
        public static string OfType(MetadataReader reader, EntityHandle handle, SignatureText decoder)
        {
            switch (handle.Kind)
            {
                case HandleKind.TypeDefinition:
                    return Of(reader, (TypeDefinitionHandle)handle);
                case HandleKind.TypeReference:
                    return Of(reader, (TypeReferenceHandle)handle);
                case HandleKind.TypeSpecification:
                    return reader.GetTypeSpecification((TypeSpecificationHandle)handle).DecodeSignature(decoder, null);
                default:
                    return "?";
            }
        }

        /// <summary>Owner-qualified name of a method definition or member reference.</summary>
        public static string OfMember(MetadataReader reader, EntityHandle handle, SignatureText decoder)
        {
            switch (handle.Kind)
            {
                case HandleKind.MethodDefinition:
                    return Of(reader, (MethodDefinitionHandle)handle);
                case HandleKind.MemberReference:
                    MemberReference member = reader.GetMemberReference((MemberReferenceHandle)handle);
                    string owner = member.Parent.Kind == HandleKind.MethodDefinition
                        ? Of(reader, (MethodDefinitionHandle)member.Parent)
                        : OfType(reader, member.Parent, decoder);
                    return owner + "::" + reader.GetString(member.Name);
                default:
                    return "?";
            }
        }
    }
}

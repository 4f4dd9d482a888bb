using System.Collections.Immutable;
using System.Linq;
using System.Reflection.Metadata;

namespace PstoreNano.NanoCheck
{
    /// <summary>
    /// Decodes metadata signatures to readable type names and records, while decoding, every construct
    /// nanoFramework 1.x cannot run (generic instantiations, pointers, multi-dimensional arrays, ...).
    /// </summary>
    internal sealed class SignatureText : ISignatureTypeProvider<string, object>
    {
        private readonly MetadataReader _reader;
        private readonly System.Collections.Generic.List<string> _problems = new System.Collections.Generic.List<string>();

        public SignatureText(MetadataReader reader)
        {
            _reader = reader;
        }

        /// <summary>Problems ("rule: detail") seen since the last <see cref="TakeProblems"/>.</summary>
        public string[] TakeProblems()
        {
            string[] taken = _problems.Distinct().ToArray();
            _problems.Clear();
            return taken;
        }

        public string GetPrimitiveType(PrimitiveTypeCode typeCode)
        {
            return typeCode.ToString();
        }

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind)
        {
            return MetadataNames.Of(reader, handle);
        }

        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
        {
            return MetadataNames.Of(reader, handle);
        }

        public string GetTypeFromSpecification(MetadataReader reader, object genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
        {
            return reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
        }

        public string GetSZArrayType(string elementType)
        {
            return elementType + "[]";
        }

        public string GetArrayType(string elementType, ArrayShape shape)
        {
            string text = elementType + "[" + new string(',', shape.Rank - 1) + "]";
            _problems.Add("multi-dimensional array: " + text);
            return text;
        }

        public string GetByReferenceType(string elementType)
        {
            return elementType + "&";
        }

        public string GetPointerType(string elementType)
        {
            _problems.Add("pointer: " + elementType + "*");
            return elementType + "*";
        }

        public string GetFunctionPointerType(MethodSignature<string> signature)
        {
            string text = "delegate*<" + string.Join(", ", signature.ParameterTypes.Add(signature.ReturnType)) + ">";
            _problems.Add("function pointer: " + text);
            return text;
        }

        public string GetGenericInstantiation(string genericType, ImmutableArray<string> typeArguments)
        {
            string text = genericType + "<" + string.Join(", ", typeArguments) + ">";
            _problems.Add("generic instantiation: " + text);
            return text;
        }

        public string GetGenericTypeParameter(object genericContext, int index)
        {
            _problems.Add("generic type parameter: !" + index);
            return "!" + index;
        }

        public string GetGenericMethodParameter(object genericContext, int index)
        {
            _problems.Add("generic method parameter: !!" + index);
            return "!!" + index;
        }

        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired)
        {
            return unmodifiedType;
        }

        public string GetPinnedType(string elementType)
        {
            _problems.Add("pinned local: " + elementType);
            return elementType + " pinned";
        }
    }
}

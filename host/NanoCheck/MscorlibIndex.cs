using System.Collections.Generic;
using System.IO;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace PstoreNano.NanoCheck
{
    /// <summary>Type and member names of one mscorlib.dll (the nano one), to check references against.</summary>
    internal sealed class MscorlibIndex
    {
        private readonly Dictionary<string, HashSet<string>> _members = new Dictionary<string, HashSet<string>>();

        public static MscorlibIndex Load(string path)
        {
            MscorlibIndex index = new MscorlibIndex();
            using (PEReader pe = new PEReader(File.OpenRead(path)))
            {
                MetadataReader reader = pe.GetMetadataReader();
                foreach (TypeDefinitionHandle handle in reader.TypeDefinitions)
                {
                    TypeDefinition type = reader.GetTypeDefinition(handle);
                    HashSet<string> names = new HashSet<string>();
                    foreach (MethodDefinitionHandle m in type.GetMethods())
                    {
                        names.Add(reader.GetString(reader.GetMethodDefinition(m).Name));
                    }

                    foreach (FieldDefinitionHandle f in type.GetFields())
                    {
                        names.Add(reader.GetString(reader.GetFieldDefinition(f).Name));
                    }

                    index._members[MetadataNames.Of(reader, handle)] = names;
                }
            }

            return index;
        }

        public bool HasType(string fullName)
        {
            return _members.ContainsKey(fullName);
        }

        public bool HasMember(string typeFullName, string memberName)
        {
            return _members.TryGetValue(typeFullName, out HashSet<string> names) && names.Contains(memberName);
        }
    }
}

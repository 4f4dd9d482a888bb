using System;
using System.IO;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace PstoreNano.Tool.Output
{
    /// <summary>Writes one indented JSON document (docs/TOOL.md gives each command's schema) and a newline.</summary>
    public static class Json
    {
        public static void Write(TextWriter w, Action<Utf8JsonWriter> body)
        {
            using (MemoryStream buffer = new MemoryStream())
            {
                JsonWriterOptions options = new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
                using (Utf8JsonWriter j = new Utf8JsonWriter(buffer, options))
                {
                    body(j);
                }

                w.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            }
        }
    }
}

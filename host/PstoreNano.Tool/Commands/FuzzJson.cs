using System.Collections.Generic;
using System.IO;
using PstoreNano.Simulators.Fuzz;
using PstoreNano.Tool.Output;

namespace PstoreNano.Tool.Commands
{
    /// <summary>fuzz --json (docs/TOOL.md, "fuzz").</summary>
    public static class FuzzJson
    {
        public static void Write(TextWriter w, int seed, FuzzRunner runner)
        {
            Json.Write(w, j =>
            {
                j.WriteStartObject();
                j.WriteString("mode", "run");
                j.WriteNumber("seed", seed);
                j.WriteNumber("cases", runner.Cases);
                j.WriteBoolean("passed", runner.Failures.Count == 0);
                j.WriteStartObject("totals");
                foreach (KeyValuePair<string, int> total in runner.Totals)
                {
                    j.WriteNumber(total.Key, total.Value);
                }

                j.WriteEndObject();
                j.WriteStartArray("failures");
                foreach (string failure in runner.Failures)
                {
                    j.WriteStringValue(failure);
                }

                j.WriteEndArray();
                j.WriteEndObject();
            });
        }
    }
}

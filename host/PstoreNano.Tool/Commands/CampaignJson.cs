using System.IO;
using PstoreNano.Simulators.Campaign;
using PstoreNano.Tool.Output;

namespace PstoreNano.Tool.Commands
{
    /// <summary>campaign --json (docs/TOOL.md, "campaign").</summary>
    public static class CampaignJson
    {
        public static void Write(TextWriter w, string mode, CampaignOptions options, CampaignResult result)
        {
            Json.Write(w, j =>
            {
                j.WriteStartObject();
                j.WriteString("mode", mode);
                j.WriteNumber("firstSeed", options.FirstSeed);
                j.WriteNumber("seeds", options.Seeds);
                j.WriteNumber("workloadOperations", result.WorkloadOperations);
                j.WriteNumber("boundaryCuts", result.BoundaryCuts);
                j.WriteNumber("tornCuts", result.TornCuts);
                j.WriteNumber("doubleCutFirsts", result.DoubleCutFirsts);
                j.WriteNumber("doubleCuts", result.DoubleCuts);
                j.WriteNumber("cutPoints", result.CutPoints);
                j.WriteNumber("elapsedSeconds", System.Math.Round(result.Elapsed.TotalSeconds, 1));
                j.WriteBoolean("passed", result.Failures.Count == 0);
                j.WriteStartArray("failures");
                foreach (string failure in result.Failures)
                {
                    j.WriteStringValue(failure);
                }

                j.WriteEndArray();
                j.WriteEndObject();
            });
        }
    }
}

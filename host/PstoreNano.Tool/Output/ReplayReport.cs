using System;
using System.Text.Json;
using PstoreNano.Tool.Cli;

namespace PstoreNano.Tool.Output
{
    /// <summary>What campaign --replay and fuzz --replay print: PASS or FAIL with the case, or the JSON of it.</summary>
    public static class ReplayReport
    {
        /// <summary>Reads the case given to --replay; a malformed one is a usage error that shows the form.</summary>
        public static T ParseCase<T>(Func<string, T> parse, string text, string example)
        {
            try
            {
                return parse(text);
            }
            catch (Exception e) when (e is ArgumentException || e is FormatException)
            {
                throw ToolError.Usage("--replay: " + e.Message + "; copy the case a failure printed, e.g. \"" + example + "\"");
            }
        }

        /// <summary>
        /// Prints the result of one replayed case; <paramref name="details"/> adds fields to the JSON and
        /// <paramref name="passedText"/> is what a passing text line ends with. Returns the exit code.
        /// </summary>
        public static int Print(ToolConsole console, bool json, string caseText, string problem, string passedText,
            Action<Utf8JsonWriter> details)
        {
            if (json)
            {
                Json.Write(console.Out, j =>
                {
                    j.WriteStartObject();
                    j.WriteString("mode", "replay");
                    j.WriteString("case", caseText);
                    details?.Invoke(j);
                    j.WriteBoolean("passed", problem == null);
                    j.WriteString("problem", problem);
                    j.WriteEndObject();
                });
            }
            else
            {
                string end = problem ?? passedText;
                console.Out.WriteLine((problem == null ? "PASS " : "FAIL ") + caseText + (string.IsNullOrEmpty(end) ? "" : ": " + end));
            }

            return problem == null ? ExitCodes.Ok : ExitCodes.Problem;
        }
    }
}

using System;
using System.Diagnostics;
using System.IO;
using nanoFramework.TestFramework;

namespace PstoreNano.HostTests.Tool
{
    /// <summary>The built pstore-tool as a process: its Main wires the real streams and exit codes.</summary>
    [TestClass]
    public class ProcessTests
    {
        [TestMethod]
        public void HelpExitsZeroOnStdout()
        {
            Result r = Run("list", "--help");
            Assert.AreEqual(0, r.Code, r.Stderr);
            Assert.IsTrue(r.Stdout.Contains("Examples:"), r.Stdout);
        }

        [TestMethod]
        public void MissingImageExitsOneWithOneLineOnStderr()
        {
            string path = Path.Combine(TestImages.Folder(), "none.img");
            Result r = Run("list", "--image", path);
            Assert.AreEqual(1, r.Code);
            Assert.AreEqual("pstore-tool list: --image " + path + ": no such file", r.Stderr.Trim());
            Assert.AreEqual("", r.Stdout);
        }

        [TestMethod]
        public void UsageErrorExitsTwo()
        {
            Assert.AreEqual(2, Run("list", "--nope").Code);
        }

        [TestMethod]
        public void CatWritesTheRecordBytesToStdout()
        {
            Result r = Run("cat", "--image", TestImages.Fixture("plain.img"), "--medium", "block", "--kmsg-size", "64", "--pmsg-size", "0", "dmesg-pstore_blk-0");
            Assert.AreEqual(0, r.Code, r.Stderr);
            Assert.AreEqual(File.ReadAllText(TestImages.Fixture("plain/dmesg-pstore_blk-0")), r.Stdout);
        }

        private static Result Run(params string[] args)
        {
            ProcessStartInfo start = new ProcessStartInfo("dotnet")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                RedirectStandardInput = true,
            };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "pstore-tool.dll"));
            foreach (string a in args)
            {
                start.ArgumentList.Add(a);
            }

            using (Process p = Process.Start(start))
            {
                p.StandardInput.Close();
                System.Threading.Tasks.Task<string> stderr = p.StandardError.ReadToEndAsync();
                string stdout = p.StandardOutput.ReadToEnd();
                p.WaitForExit();
                return new Result { Code = p.ExitCode, Stdout = stdout, Stderr = stderr.Result };
            }
        }

        private sealed class Result
        {
            public int Code;
            public string Stdout;
            public string Stderr;
        }
    }
}

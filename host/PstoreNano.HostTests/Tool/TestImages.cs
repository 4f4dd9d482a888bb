using System;
using System.IO;
using PstoreNano.HostTests.Build;

namespace PstoreNano.HostTests.Tool
{
    /// <summary>Images for the tool's tests: Linux's own fixtures, and NOR images the demo writes, in a fresh folder.</summary>
    public static class TestImages
    {
        public static readonly string[] LinuxLayout = { "--medium", "block", "--kmsg-size", "64", "--pmsg-size", "0" };

        public static string Fixture(string name)
        {
            return RepoPaths.File("tests/fixtures/linux-6.1-pstore_blk/" + name);
        }

        /// <summary>A new empty folder under the temp directory.</summary>
        public static string Folder()
        {
            string dir = Path.Combine(Path.GetTempPath(), "pstore-tool-tests", Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(dir);
            return dir;
        }

        /// <summary>A copy of a Linux fixture in a fresh folder (tests may change it).</summary>
        public static string CopyOfFixture(string name)
        {
            string path = Path.Combine(Folder(), name);
            File.Copy(Fixture(name), path);
            return path;
        }

        /// <summary>A NOR image (the repository's nf.config layout) with pmsg lines of one boot and a panic dump, as the demo leaves it.</summary>
        public static string Demo()
        {
            string path = Path.Combine(Folder(), "part.img");
            ToolRun.Of("demo", "--image", path).Exits(0);
            return path;
        }

        /// <summary>Concatenates argument lists.</summary>
        public static string[] Args(string[] head, params string[] tail)
        {
            string[] all = new string[head.Length + tail.Length];
            head.CopyTo(all, 0);
            tail.CopyTo(all, head.Length);
            return all;
        }
    }
}

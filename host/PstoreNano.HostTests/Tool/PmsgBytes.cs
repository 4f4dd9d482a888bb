using PstoreNano.Config;
using PstoreNano.Tool;

namespace PstoreNano.HostTests.Tool
{
    /// <summary>Writes pmsg bytes into an image in a new boot, as the device would.</summary>
    public static class PmsgBytes
    {
        public static void Append(string image, byte[] bytes)
        {
            PstoreConfig config = ConfigFiles.Load((string)null);
            ImageFile file = ImageFile.Open(image, "nor", config);
            Pstore store = Pstore.Mount(file.Device, config);
            store.WritePmsg(bytes, 0, bytes.Length);
            store.FlushPmsg();
            file.Save();
        }
    }
}

using System;
using System.IO;
using PstoreNano.Config;
using PstoreNano.Records;

namespace PstoreNano.Tool
{
    /// <summary>
    /// list, cat and erase on a partition image. list and cat leave the file as it was (whatever the mount
    /// prepared stays in memory); erase writes the result back.
    /// </summary>
    public static class ImageCommands
    {
        public static int List(Options o, TextWriter w)
        {
            Mount(o, w, out ImageFile image, out Pstore store);
            RecordPrinter.PrintList(store, w);
            return 0;
        }

        public static int Cat(Options o, TextWriter w)
        {
            if (o.Arguments.Count != 1)
            {
                throw new ArgumentException("cat needs one record name");
            }

            Mount(o, w, out ImageFile image, out Pstore store);
            byte[] bytes = RecordPrinter.ReadAll(store, RecordPrinter.Find(store, o.Arguments[0]));
            w.Flush();
            using (Stream stdout = Console.OpenStandardOutput())
            {
                stdout.Write(bytes, 0, bytes.Length);
            }

            return 0;
        }

        public static int Erase(Options o, TextWriter w)
        {
            Mount(o, w, out ImageFile image, out Pstore store);
            if (o.All)
            {
                store.EraseAll();
            }
            else if (o.Arguments.Count == 1)
            {
                store.EraseRecord(RecordPrinter.Find(store, o.Arguments[0]));
            }
            else
            {
                throw new ArgumentException("erase needs a record name or --all");
            }

            image.Save();
            RecordPrinter.PrintList(store, w);
            return 0;
        }

        private static void Mount(Options o, TextWriter w, out ImageFile image, out Pstore store)
        {
            if (o.ImagePath == null)
            {
                throw new ArgumentException("--image FILE is required");
            }

            PstoreConfig config = RepoFiles.LoadConfig(o, w);
            image = ImageFile.Open(o.ImagePath, o.Medium, config);
            store = Pstore.Mount(image.Device, config);
        }
    }
}

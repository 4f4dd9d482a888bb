using PstoreNano.Config;
using PstoreNano.Tool.Cli;

namespace PstoreNano.Tool
{
    /// <summary>
    /// An image opened and mounted for one command. The mount works on a copy in memory: nothing reaches the
    /// file unless the command calls <see cref="ImageFile.Save"/> (only erase does).
    /// </summary>
    public sealed class MountedImage
    {
        private MountedImage(ImageSettings settings, PstoreConfig config, ImageFile image, Pstore store)
        {
            Settings = settings;
            Config = config;
            Image = image;
            Store = store;
        }

        public ImageSettings Settings { get; }

        public PstoreConfig Config { get; }

        public ImageFile Image { get; }

        public Pstore Store { get; }

        public static MountedImage Open(ImageSettings settings)
        {
            PstoreConfig config = ConfigFiles.Load(settings);
            ImageFile image = ImageFile.Open(settings.ImagePath, settings.Medium, config);
            try
            {
                return new MountedImage(settings, config, image, Pstore.Mount(image.Device, config));
            }
            catch (PstoreConfigException e)
            {
                throw LayoutErrors.Explain(e, settings, image.OriginalBytes);
            }
        }

        /// <summary>
        /// Stops a command that reads or writes records when the partition holds another layout: the engine
        /// then lists nothing, and an empty listing would hide the records that are there.
        /// </summary>
        public MountedImage RequireConfiguredLayout()
        {
            if (Store.Report.LayoutMismatch)
            {
                throw ToolError.Problem("--image " + Image.Path + ": " + LayoutAdvice.Found(this));
            }

            return this;
        }

        /// <summary>One line on the image and its layout, for the head of human output.</summary>
        public string Describe()
        {
            string medium = Image.Region == null ? Settings.Medium : Settings.Medium + " " + Image.Region;
            return "image " + Image.Path + " (" + medium + ", " + Store.Layout.TotalSize / 1024 + " KiB): " + DescribeLayout();
        }

        /// <summary>"pmsg ring 256 KiB, 12 dmesg zone(s) of 64 KiB".</summary>
        public string DescribeLayout()
        {
            ZoneLayout l = Store.Layout;
            string ring = l.PmsgSize == 0 ? "no pmsg ring" : "pmsg ring " + l.PmsgSize / 1024 + " KiB";
            string zones = l.DmesgZoneCount == 0 ? "no dmesg zones" : l.DmesgZoneCount + " dmesg zone(s) of " + l.DmesgZoneSize / 1024 + " KiB";
            return ring + ", " + zones;
        }
    }
}

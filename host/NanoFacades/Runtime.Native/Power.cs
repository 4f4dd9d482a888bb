// Compile-only facade: nanoFramework.Runtime.Native 1.7.11 power control, the members the board glue uses.
// Signatures are those of the real assembly (Build/FacadeApiTests compares them).
namespace nanoFramework.Runtime.Native
{
    /// <summary>Device power control.</summary>
    public class Power
    {
        /// <summary>
        /// Reboots the device. Reboot-event handlers run first, for as long as they take.
        /// </summary>
        public static void RebootDevice(RebootOption option = RebootOption.NormalReboot) { }

        /// <summary>
        /// Reboots the device, giving reboot-event handlers at most <paramref name="exeConstraintTimeout"/> ms.
        /// </summary>
        public static void RebootDevice(int exeConstraintTimeout, RebootOption option = RebootOption.NormalReboot) { }
    }

    /// <summary>What kind of reboot.</summary>
    public enum RebootOption
    {
        /// <summary>A full reboot of the device.</summary>
        NormalReboot = 0,

        /// <summary>Reboot into nanoBooter.</summary>
        EnterNanoBooter = 1,

        /// <summary>Restart the CLR only.</summary>
        ClrOnly = 2,

        /// <summary>Reboot into the vendor's boot loader.</summary>
        EnterProprietaryBooter = 8
    }
}

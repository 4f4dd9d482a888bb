// Compile-only facade: nanoFramework.Runtime.Native 1.7.11 power control.
namespace nanoFramework.Runtime.Native
{
    /// <summary>Device power control.</summary>
    public class Power
    {
        /// <summary>Reboots the device now.</summary>
        public static void RebootDevice() { }

        /// <summary>Reboots the device, giving reboot handlers at most the given milliseconds.</summary>
        public static void RebootDevice(int exeConstraintTimeout) { }
    }
}

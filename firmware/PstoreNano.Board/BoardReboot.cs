using nanoFramework.Runtime.Native;

namespace PstoreNano.Board
{
    /// <summary>Restarts the device, as the kernel does after a panic once the dump is on flash.</summary>
    public static class BoardReboot
    {
        /// <summary>Reboots now; call only after the panic record has been written.</summary>
        public static void Reboot()
        {
            Power.RebootDevice();
        }
    }
}

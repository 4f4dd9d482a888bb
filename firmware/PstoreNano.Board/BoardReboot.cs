using nanoFramework.Runtime.Native;

namespace PstoreNano.Board
{
    /// <summary>Restarts the device, as the kernel does after a panic once the dump is on flash.</summary>
    public static class BoardReboot
    {
        /// <summary>
        /// Longest time reboot-event handlers (<c>Power.OnRebootEvent</c>) may run before the reboot
        /// goes ahead: a handler that hangs must not keep a crashed board from restarting.
        /// </summary>
        public const int RebootHandlersTimeoutMilliseconds = 500;

        /// <summary>
        /// Reboots now; call only after the panic record has been written. Uses the bounded overload:
        /// <c>Power.RebootDevice()</c> waits for reboot handlers however long they take.
        /// </summary>
        public static void Reboot()
        {
            Power.RebootDevice(RebootHandlersTimeoutMilliseconds);
        }
    }
}

// Compile-only facade: the System.Device.Gpio 1.x members the board glue uses (package
// nanoFramework.System.Device.Gpio 1.1.62).
namespace System.Device.Gpio
{
    /// <summary>The general-purpose I/O pins of the board.</summary>
    public sealed class GpioController : IDisposable
    {
        /// <summary>Opens the controller with logical pin numbers.</summary>
        public GpioController()
        {
        }

        /// <summary>Opens pin <paramref name="pinNumber"/> in <paramref name="mode"/>.</summary>
        public GpioPin OpenPin(int pinNumber, PinMode mode) { throw null; }

        /// <summary>Closes pin <paramref name="pinNumber"/>.</summary>
        public void ClosePin(int pinNumber) { }

        /// <summary>Releases the controller.</summary>
        public void Dispose() { }
    }

    /// <summary>One open GPIO pin.</summary>
    public sealed class GpioPin : IDisposable
    {
        private GpioPin()
        {
        }

        /// <summary>Drives the pin (output modes).</summary>
        public void Write(PinValue value) { }

        /// <summary>Releases the pin.</summary>
        public void Dispose() { }
    }

    /// <summary>How a pin is driven or read.</summary>
    public enum PinMode
    {
        /// <summary>Input, floating.</summary>
        Input = 0,

        /// <summary>Input with a pull-down.</summary>
        InputPullDown = 1,

        /// <summary>Input with a pull-up.</summary>
        InputPullUp = 2,

        /// <summary>Push-pull output.</summary>
        Output = 3,

        /// <summary>Open-drain output.</summary>
        OutputOpenDrain = 4,

        /// <summary>Open-drain output with a pull-up.</summary>
        OutputOpenDrainPullUp = 5,

        /// <summary>Open-source output.</summary>
        OutputOpenSource = 6,

        /// <summary>Open-source output with a pull-down.</summary>
        OutputOpenSourcePullDown = 7
    }

    /// <summary>A pin level.</summary>
    public struct PinValue
    {
        /// <summary>Logic high.</summary>
        public static PinValue High { get { throw null; } }

        /// <summary>Logic low.</summary>
        public static PinValue Low { get { throw null; } }
    }
}

// Host stand-ins for the two nanoFramework types SpiDeviceBus uses, so its framing runs under test here.
// Only the members SpiDeviceBus calls; the chip's answer is scripted.

namespace System
{
    /// <summary>Host stand-in for nanoFramework mscorlib's SpanByte: a window on a byte array.</summary>
    public readonly struct SpanByte
    {
        private readonly byte[] _array;
        private readonly int _start;

        public SpanByte(byte[] array, int start, int length)
        {
            _array = array;
            _start = start;
            Length = length;
        }

        public int Length { get; }

        public byte this[int index]
        {
            get { return _array[_start + index]; }
            set { _array[_start + index] = value; }
        }
    }
}

namespace System.Device.Spi
{
    /// <summary>
    /// Host stand-in for System.Device.Spi.SpiDevice: keeps the last frame sent (in a buffer allocated
    /// once) and answers every frame byte i with <see cref="Answer"/>(i).
    /// </summary>
    public class SpiDevice : IDisposable
    {
        private readonly byte[] _lastFrame = new byte[32 * 1024];

        public int Transfers { get; private set; }

        public int LastFrameLength { get; private set; }

        public int Disposals { get; private set; }

        public static byte Answer(int index)
        {
            return (byte)(index * 7 + 1);
        }

        public byte LastFrame(int index)
        {
            return _lastFrame[index];
        }

        public void TransferFullDuplex(SpanByte writeBuffer, SpanByte readBuffer)
        {
            if (writeBuffer.Length != readBuffer.Length)
            {
                throw new InvalidOperationException("full duplex needs equal lengths");
            }

            for (int i = 0; i < writeBuffer.Length; i++)
            {
                _lastFrame[i] = writeBuffer[i];
                readBuffer[i] = Answer(i);
            }

            LastFrameLength = writeBuffer.Length;
            Transfers++;
        }

        public void Dispose()
        {
            Disposals++;
        }
    }
}

using System.Threading;
using nanoFramework.TestFramework;
using PstoreNano.Engine;

namespace PstoreNano.Tests
{
    /// <summary>The engine lock tells its holder from other threads, on whichever runtime runs it.</summary>
    [TestClass]
    public class EngineLockTests
    {
        private static EngineLock _shared;
        private static bool _otherGotIt;
        private static bool _otherSawItHeld;
        private static int _otherThreadId;

        [TestMethod]
        public void HolderIsRefusedAtOnceAndOtherThreadsWait()
        {
            _shared = new EngineLock();
            _shared.Enter();
            Assert.IsTrue(_shared.HeldByCurrentThread);
            Assert.IsFalse(_shared.TryEnter(50), "the holder does not wait for itself");
            Assert.ThrowsException(typeof(System.InvalidOperationException), () => _shared.Enter());

            Thread other = new Thread(TryFromAnotherThread);
            other.Start();
            other.Join();
            Assert.IsFalse(_otherGotIt, "another thread cannot take a held lock");
            Assert.IsFalse(_otherSawItHeld, "another thread is not the holder");
            Assert.AreNotEqual(Thread.CurrentThread.ManagedThreadId, _otherThreadId, "threads have distinct ids");
            OutputHelper.WriteLine("managed thread ids: test thread " + Thread.CurrentThread.ManagedThreadId + ", other " + _otherThreadId);

            _shared.Exit();
            Assert.IsFalse(_shared.HeldByCurrentThread);
            other = new Thread(TryFromAnotherThread);
            other.Start();
            other.Join();
            Assert.IsTrue(_otherGotIt, "a released lock is taken by another thread");
        }

        private static void TryFromAnotherThread()
        {
            _otherThreadId = Thread.CurrentThread.ManagedThreadId;
            _otherSawItHeld = _shared.HeldByCurrentThread;
            _otherGotIt = _shared.TryEnter(20);
            if (_otherGotIt)
            {
                _shared.Exit();
            }
        }
    }
}

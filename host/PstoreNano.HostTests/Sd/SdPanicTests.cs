using System;
using nanoFramework.TestFramework;
using PstoreNano.Config;
using PstoreNano.Drivers.Sd;
using PstoreNano.Records;
using PstoreNano.Simulators.Campaign;
using PstoreNano.Simulators.Sd;

namespace PstoreNano.HostTests.Sd
{
    /// <summary>A panic dump to SD is best effort within its time budget: it lands, or it gives up in time.</summary>
    [TestClass]
    public class SdPanicTests
    {
        [TestMethod]
        public void PanicDumpLandsOnATypicalCard()
        {
            SdStack stack = SdStack.Sdhc(SdCampaign.Config(), 1);
            Pstore store = Pstore.Mount(stack.Device, stack.Config);
            long start = stack.Clock.Microseconds;

            Assert.IsTrue(store.Dump(DumpReason.Panic, new InvalidOperationException("pump stalled")));

            OutputHelper.WriteLine("panic dump on SD: " + (stack.Clock.Microseconds - start) + " us of card time");
            store = Pstore.Mount(stack.Reboot(), stack.Config);
            Assert.AreEqual(1, store.Report.DmesgRecords);
        }

        [TestMethod]
        [DataRow(100)]
        [DataRow(500)]
        public void CardStuckBusyEndsTheDumpAtTheBudget(int budgetMilliseconds)
        {
            SdStack stack = SdStack.Sdhc(SdCampaign.Config(), 1);
            Pstore store = Pstore.Mount(stack.Device, stack.Config);
            stack.Device.PanicBudgetMilliseconds = budgetMilliseconds;
            stack.Card.StuckBusy = true;
            long start = stack.Clock.Microseconds;

            bool stored = store.Dump(DumpReason.Panic, new InvalidOperationException("pump stalled"));

            long spent = stack.Clock.Microseconds - start;
            Assert.IsFalse(stored);
            Assert.IsTrue(store.LastDumpFailure is SdCardException, "" + store.LastDumpFailure);
            Assert.IsTrue(spent >= budgetMilliseconds * 1000L && spent < budgetMilliseconds * 1000L + 5000, spent + " us");
        }

        [TestMethod]
        public void BudgetComesFromTheConfiguration()
        {
            PstoreConfig config = SdCampaign.Config();
            config.SdPanicBudgetMilliseconds = 123;

            SdStack stack = SdStack.Sdhc(config, 1);

            Assert.AreEqual(123, stack.Device.PanicBudgetMilliseconds);
            Assert.AreEqual(500, PstoreConfig.Defaults().SdPanicBudgetMilliseconds);
        }

        [TestMethod]
        public void StallShorterThanTheBudgetIsWaitedOut()
        {
            SdTimingModel timing = new SdTimingModel { StallProbability = 1, StallMicroseconds = 150000 };
            SdStack stack = new SdStack(SdCardModel.Sdhc(65536), timing, 8192, 56, SdCampaign.Config(), true, 1);
            Pstore store = Pstore.Mount(stack.Device, stack.Config);
            stack.Device.PanicBudgetMilliseconds = 2000;

            Assert.IsTrue(store.Dump(DumpReason.Panic, new InvalidOperationException("pump stalled")), "" + store.LastDumpFailure);
        }
    }
}

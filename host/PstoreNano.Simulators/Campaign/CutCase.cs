using System;
using System.Globalization;

namespace PstoreNano.Simulators.Campaign
{
    /// <summary>
    /// One power-loss case of the NOR campaign, printed and parsed as
    /// "seed=&lt;n&gt; op=&lt;k&gt; frac=&lt;f&gt; [second=&lt;j&gt; frac2=&lt;g&gt;]": the power fails <c>frac</c> of the
    /// way through chip operation <c>op</c> of the workload (program or erase, counted from 0 on a new chip),
    /// with torn bits drawn from <c>seed</c>; a double cut fails it again <c>frac2</c> of the way through
    /// operation <c>second</c> of the recovery that follows (counted from the reboot). <c>writes=&lt;b&gt;</c> (long
    /// runs) makes the recovery write <c>b</c> more pmsg bytes after its first write, through a segment switch.
    /// </summary>
    public sealed class CutCase
    {
        /// <summary>A single cut.</summary>
        public CutCase(int seed, long operation, double fraction)
            : this(seed, operation, fraction, -1, 0)
        {
        }

        /// <summary>A double cut (<paramref name="second"/> = -1 for none).</summary>
        public CutCase(int seed, long operation, double fraction, long second, double secondFraction)
        {
            Seed = seed;
            Operation = operation;
            Fraction = fraction;
            Second = second;
            SecondFraction = secondFraction;
        }

        public int Seed { get; private set; }

        public long Operation { get; private set; }

        public double Fraction { get; private set; }

        /// <summary>Operation of the recovery the second cut hits, or -1.</summary>
        public long Second { get; private set; }

        public double SecondFraction { get; private set; }

        public bool IsDouble { get { return Second >= 0; } }

        /// <summary>Extra pmsg bytes the recovery writes after its first write (0: just that one).</summary>
        public int RecoveryWrites { get; private set; }

        /// <summary>The same case with a recovery that writes <paramref name="bytes"/> more pmsg bytes.</summary>
        public CutCase WithRecoveryWrites(int bytes)
        {
            return new CutCase(Seed, Operation, Fraction, Second, SecondFraction) { RecoveryWrites = bytes };
        }

        /// <summary>The same first cut with a second one.</summary>
        public CutCase WithSecond(long second, double fraction)
        {
            return new CutCase(Seed, Operation, Fraction, second, fraction) { RecoveryWrites = RecoveryWrites };
        }

        public override string ToString()
        {
            string text = "seed=" + Seed + " op=" + Operation + " frac=" + Fraction.ToString("R", CultureInfo.InvariantCulture);
            if (IsDouble)
            {
                text += " second=" + Second + " frac2=" + SecondFraction.ToString("R", CultureInfo.InvariantCulture);
            }

            return RecoveryWrites > 0 ? text + " writes=" + RecoveryWrites : text;
        }

        /// <summary>Parses the text <see cref="ToString"/> makes (as a failure prints it).</summary>
        public static CutCase Parse(string text)
        {
            int seed = 0;
            long op = -1;
            long second = -1;
            double frac = 1;
            double frac2 = 1;
            int writes = 0;
            foreach (string part in text.Split(new[] { ' ', ',' }, StringSplitOptions.RemoveEmptyEntries))
            {
                int eq = part.IndexOf('=');
                string name = eq < 0 ? part : part.Substring(0, eq);
                string value = eq < 0 ? "" : part.Substring(eq + 1);
                switch (name)
                {
                    case "seed":
                        seed = int.Parse(value, CultureInfo.InvariantCulture);
                        break;
                    case "op":
                        op = long.Parse(value, CultureInfo.InvariantCulture);
                        break;
                    case "frac":
                        frac = double.Parse(value, CultureInfo.InvariantCulture);
                        break;
                    case "second":
                        second = long.Parse(value, CultureInfo.InvariantCulture);
                        break;
                    case "frac2":
                        frac2 = double.Parse(value, CultureInfo.InvariantCulture);
                        break;
                    case "writes":
                        writes = int.Parse(value, CultureInfo.InvariantCulture);
                        break;
                    default:
                        throw new ArgumentException("unknown field \"" + part + "\" in cut case \"" + text + "\"");
                }
            }

            if (op < 0)
            {
                throw new ArgumentException("cut case \"" + text + "\" has no op=<k>");
            }

            return new CutCase(seed, op, frac, second, frac2).WithRecoveryWrites(writes);
        }
    }
}

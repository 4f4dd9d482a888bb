using System;
using System.Globalization;
using PstoreNano.Simulators.Sd;

namespace PstoreNano.Simulators.Campaign
{
    /// <summary>
    /// One SD power-cut case: the card operation the power goes at (a command or a data block, counted from the
    /// end of the first boot), what the sector in flight keeps, whether other recently written sectors of its
    /// flash page are damaged too, and optionally a second cut that many operations into the recovery.
    /// Its text form replays it: "sd op=812 damage=Mixed collateral=0 seed=3 [second=40]".
    /// </summary>
    public sealed class SdCutCase
    {
        /// <summary>Creates a single cut.</summary>
        public SdCutCase(long operation, SdCutDamage damage, bool collateral, int seed)
        {
            Operation = operation;
            Damage = damage;
            Collateral = collateral;
            Seed = seed;
            Second = -1;
        }

        public long Operation { get; private set; }

        public SdCutDamage Damage { get; private set; }

        public bool Collateral { get; private set; }

        public int Seed { get; private set; }

        /// <summary>Operations into the recovery of the second cut, or -1 for a single cut.</summary>
        public long Second { get; private set; }

        public bool IsDouble { get { return Second >= 0; } }

        /// <summary>The same first cut with a second cut <paramref name="second"/> operations into its recovery.</summary>
        public SdCutCase WithSecond(long second)
        {
            return new SdCutCase(Operation, Damage, Collateral, Seed) { Second = second };
        }

        public override string ToString()
        {
            return "sd op=" + Operation + " damage=" + Damage + " collateral=" + (Collateral ? 1 : 0) + " seed=" + Seed +
                (IsDouble ? " second=" + Second : "");
        }

        /// <summary>Reads the text form back.</summary>
        public static SdCutCase Parse(string text)
        {
            long op = -1;
            long second = -1;
            int seed = 0;
            bool collateral = false;
            SdCutDamage damage = SdCutDamage.Old;
            foreach (string word in text.Split(new[] { ' ' }, StringSplitOptions.RemoveEmptyEntries))
            {
                string[] kv = word.Split('=');
                if (kv.Length != 2)
                {
                    continue;
                }

                switch (kv[0])
                {
                    case "op": op = long.Parse(kv[1], CultureInfo.InvariantCulture); break;
                    case "damage": damage = (SdCutDamage)Enum.Parse(typeof(SdCutDamage), kv[1]); break;
                    case "collateral": collateral = kv[1] == "1"; break;
                    case "seed": seed = int.Parse(kv[1], CultureInfo.InvariantCulture); break;
                    case "second": second = long.Parse(kv[1], CultureInfo.InvariantCulture); break;
                    default: throw new FormatException("unknown field " + kv[0] + " in " + text);
                }
            }

            if (op < 0)
            {
                throw new FormatException("no op= in " + text);
            }

            SdCutCase c = new SdCutCase(op, damage, collateral, seed);
            return second >= 0 ? c.WithSecond(second) : c;
        }
    }
}

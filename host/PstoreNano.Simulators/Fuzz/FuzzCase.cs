using System;
using System.Text.RegularExpressions;

namespace PstoreNano.Simulators.Fuzz
{
    /// <summary>One reproducible case: the run's seed and the case's index fix kind, medium and every random draw.</summary>
    public sealed class FuzzCase
    {
        /// <summary>The case <paramref name="index"/> of the run seeded <paramref name="seed"/>.</summary>
        public FuzzCase(int seed, int index)
        {
            Seed = seed;
            Index = index;
            Kind = (FuzzKind)(index % 8);
            Block = index / 8 % 2 == 1;
        }

        public int Seed { get; }

        public int Index { get; }

        public FuzzKind Kind { get; }

        /// <summary>True for the block-device image, false for the NOR one.</summary>
        public bool Block { get; }

        /// <summary>The generator of the case's random draws.</summary>
        public Random NewRandom()
        {
            return new Random(unchecked(Seed * 1000003 + Index));
        }

        /// <summary>"seed=S case=I", which <see cref="Parse"/> reads back.</summary>
        public override string ToString()
        {
            return "seed=" + Seed + " case=" + Index;
        }

        /// <summary>Reads a case printed by <see cref="ToString"/>.</summary>
        public static FuzzCase Parse(string text)
        {
            Match m = Regex.Match(text ?? "", @"seed=(-?\d+)\s+case=(\d+)");
            if (!m.Success)
            {
                throw new FormatException("a fuzz case reads \"seed=<n> case=<n>\", not \"" + text + "\"");
            }

            return new FuzzCase(int.Parse(m.Groups[1].Value), int.Parse(m.Groups[2].Value));
        }
    }
}

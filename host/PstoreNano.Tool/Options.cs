using System;
using System.Collections.Generic;

namespace PstoreNano.Tool
{
    /// <summary>Command-line options shared by the commands.</summary>
    public sealed class Options
    {
        public string ImagePath { get; private set; }
        public string ConfigPath { get; private set; }
        public string Medium { get; private set; } = "nor";
        public bool Keep { get; private set; }
        public int KmsgSizeKiB { get; private set; } = -1;
        public int PmsgSizeKiB { get; private set; } = -1;
        public bool All { get; private set; }
        public bool Long { get; private set; }
        public bool Smoke { get; private set; }
        public int Seeds { get; private set; }
        public int FirstSeed { get; private set; } = 1;
        public string Replay { get; private set; }
        public List<string> Arguments { get; } = new List<string>();

        public static Options Parse(string[] args, int start)
        {
            Options o = new Options();
            for (int i = start; i < args.Length; i++)
            {
                switch (args[i])
                {
                    case "--image":
                        o.ImagePath = Value(args, ref i);
                        break;
                    case "--config":
                        o.ConfigPath = Value(args, ref i);
                        break;
                    case "--medium":
                        o.Medium = Value(args, ref i);
                        if (o.Medium != "nor" && o.Medium != "block")
                        {
                            throw new ArgumentException("--medium must be nor or block, found \"" + o.Medium + "\"");
                        }

                        break;
                    case "--kmsg-size":
                        o.KmsgSizeKiB = KiB(args[i], Value(args, ref i));
                        break;
                    case "--pmsg-size":
                        o.PmsgSizeKiB = KiB(args[i], Value(args, ref i));
                        break;
                    case "--keep":
                        o.Keep = true;
                        break;
                    case "--all":
                        o.All = true;
                        break;
                    case "--long":
                        o.Long = true;
                        break;
                    case "--smoke":
                        o.Smoke = true;
                        break;
                    case "--seeds":
                        o.Seeds = Number(args, ref i);
                        break;
                    case "--seed":
                        o.FirstSeed = Number(args, ref i);
                        break;
                    case "--replay":
                        o.Replay = Value(args, ref i);
                        break;
                    default:
                        if (args[i].StartsWith("--", StringComparison.Ordinal))
                        {
                            throw new ArgumentException("unknown option " + args[i]);
                        }

                        o.Arguments.Add(args[i]);
                        break;
                }
            }

            return o;
        }

        private static int Number(string[] args, ref int i)
        {
            string text = Value(args, ref i);
            if (!int.TryParse(text, out int n) || n < 1)
            {
                throw new ArgumentException(args[i - 1] + " needs a positive number, found \"" + text + "\"");
            }

            return n;
        }

        private static int KiB(string option, string value)
        {
            if (!int.TryParse(value, out int kib) || kib < 0)
            {
                throw new ArgumentException(option + " takes a size in KiB, found \"" + value + "\"");
            }

            return kib;
        }

        private static string Value(string[] args, ref int i)
        {
            if (i + 1 >= args.Length)
            {
                throw new ArgumentException(args[i] + " needs a value");
            }

            i++;
            return args[i];
        }
    }
}

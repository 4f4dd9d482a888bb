namespace PstoreNano.Config
{
    /// <summary>
    /// Reads nf.config: Kconfig syntax, one <c>CONFIG_NAME=value</c> per line, <c>#</c> comments,
    /// <c># CONFIG_NAME is not set</c> for a disabled boolean. Values are decimal or 0x-hex integers,
    /// y/n, or "quoted strings". Sizes are KiB, as in Linux's Kconfig. Every value is checked here
    /// (a key that is not known, a malformed line, a size that is not a multiple of 4 KiB) and again,
    /// against the device, by <see cref="ZoneLayout"/>.
    /// </summary>
    internal static class NfConfigParser
    {
        /// <summary>Applies every assignment in <paramref name="text"/> to <paramref name="config"/>.</summary>
        public static void Apply(string text, PstoreConfig config)
        {
            int lineNumber = 0;
            int start = 0;
            int length = text.Length;
            while (start <= length)
            {
                int end = text.IndexOf('\n', start);
                if (end < 0)
                {
                    end = length;
                }

                lineNumber++;
                string line = text.Substring(start, end - start).Trim();
                start = end + 1;
                if (line.Length == 0)
                {
                    continue;
                }

                if (line[0] == '#')
                {
                    ApplyNotSet(line, config);
                    continue;
                }

                int eq = line.IndexOf('=');
                if (eq <= 0)
                {
                    throw new PstoreConfigException("nf.config line " + lineNumber,
                        "expected CONFIG_NAME=value, found \"" + line + "\"");
                }

                string key = line.Substring(0, eq).Trim();
                string value = line.Substring(eq + 1).Trim();
                Assign(key, value, config);
            }
        }

        /// <summary>Sets one key from its nf.config text value.</summary>
        public static void Assign(string key, string value, PstoreConfig config)
        {
            if (key == PstoreConfig.KmsgSizeKey)
            {
                config.KmsgSize = KiB(key, value);
            }
            else if (key == PstoreConfig.PmsgSizeKey)
            {
                config.PmsgSize = KiB(key, value);
            }
            else if (key == PstoreConfig.MaxReasonKey)
            {
                config.MaxReason = Integer(key, value);
            }
            else if (key == PstoreConfig.BackendKey)
            {
                string v = Unquote(value);
                if (v == "nor")
                {
                    config.Backend = StorageBackend.Nor;
                }
                else if (v == "sd")
                {
                    config.Backend = StorageBackend.Sd;
                }
                else
                {
                    throw new PstoreConfigException(key, "must be nor or sd, found \"" + value + "\"");
                }
            }
            else if (key == PstoreConfig.PartitionOffsetKey)
            {
                config.PartitionOffset = Integer(key, value);
            }
            else if (key == PstoreConfig.PartitionSizeKey)
            {
                config.PartitionSize = KiB(key, value);
            }
            else if (key == PstoreConfig.SdMbrPartitionKey)
            {
                config.SdMbrPartition = Integer(key, value);
            }
            else if (key == PstoreConfig.SdPanicBudgetKey)
            {
                config.SdPanicBudgetMilliseconds = Integer(key, value);
            }
            else if (key == PstoreConfig.KmsgRamSizeKey)
            {
                config.KmsgRamSize = Integer(key, value);
            }
            else if (key == PstoreConfig.PmsgBufferSizeKey)
            {
                config.PmsgBufferSize = Integer(key, value);
            }
            else if (key == PstoreConfig.RtcKey)
            {
                config.HasRealTimeClock = Boolean(key, value);
            }
            else if (key == PstoreConfig.SpiBusKey)
            {
                config.SpiBus = Integer(key, value);
            }
            else if (key == PstoreConfig.SpiClockKey)
            {
                config.SpiClockHz = Integer(key, value);
            }
            else if (key == PstoreConfig.SpiMosiKey)
            {
                config.SpiMosiPin = Integer(key, value);
            }
            else if (key == PstoreConfig.SpiMisoKey)
            {
                config.SpiMisoPin = Integer(key, value);
            }
            else if (key == PstoreConfig.SpiClockPinKey)
            {
                config.SpiClockPin = Integer(key, value);
            }
            else if (key == PstoreConfig.ChipSelectKey)
            {
                config.ChipSelectPin = Integer(key, value);
            }
            else
            {
                throw new PstoreConfigException(key, "unknown key");
            }
        }

        private static void ApplyNotSet(string line, PstoreConfig config)
        {
            // "# CONFIG_X is not set" is Kconfig's spelling of a disabled boolean.
            const string suffix = " is not set";
            if (!line.EndsWith(suffix))
            {
                return;
            }

            string key = line.Substring(1, line.Length - 1 - suffix.Length).Trim();
            if (!key.StartsWith("CONFIG_"))
            {
                return;
            }

            if (key == PstoreConfig.RtcKey)
            {
                config.HasRealTimeClock = false;
            }
            else
            {
                throw new PstoreConfigException(key, "only a boolean can be \"not set\"");
            }
        }

        private static int KiB(string key, string value)
        {
            int kib = Integer(key, value);
            if (kib < 0)
            {
                throw new PstoreConfigException(key, "must not be negative (KiB), found " + value);
            }

            if (kib % 4 != 0)
            {
                throw new PstoreConfigException(key, "must be a multiple of 4 (KiB), found " + value);
            }

            if (kib > 0x7FFFFFFF / 1024)
            {
                throw new PstoreConfigException(key, "is too large, found " + value);
            }

            return kib * 1024;
        }

        private static bool Boolean(string key, string value)
        {
            if (value == "y")
            {
                return true;
            }

            if (value == "n")
            {
                return false;
            }

            throw new PstoreConfigException(key, "must be y or n, found \"" + value + "\"");
        }

        private static string Unquote(string value)
        {
            if (value.Length >= 2 && value[0] == '"' && value[value.Length - 1] == '"')
            {
                return value.Substring(1, value.Length - 2);
            }

            return value;
        }

        /// <summary>Parses a decimal or 0x-prefixed hexadecimal integer.</summary>
        public static int Integer(string key, string value)
        {
            string v = value;
            bool negative = false;
            if (v.Length > 0 && v[0] == '-')
            {
                negative = true;
                v = v.Substring(1);
            }

            int radix = 10;
            if (v.Length > 2 && v[0] == '0' && (v[1] == 'x' || v[1] == 'X'))
            {
                radix = 16;
                v = v.Substring(2);
            }

            if (v.Length == 0)
            {
                throw new PstoreConfigException(key, "must be an integer, found \"" + value + "\"");
            }

            long result = 0;
            for (int i = 0; i < v.Length; i++)
            {
                int digit = DigitValue(v[i]);
                if (digit < 0 || digit >= radix)
                {
                    throw new PstoreConfigException(key, "must be an integer, found \"" + value + "\"");
                }

                result = result * radix + digit;
                if (result > 0x7FFFFFFF)
                {
                    throw new PstoreConfigException(key, "is too large, found " + value);
                }
            }

            return negative ? (int)-result : (int)result;
        }

        private static int DigitValue(char c)
        {
            if (c >= '0' && c <= '9') return c - '0';
            if (c >= 'a' && c <= 'f') return c - 'a' + 10;
            if (c >= 'A' && c <= 'F') return c - 'A' + 10;
            return -1;
        }
    }
}

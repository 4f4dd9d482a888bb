using System;

namespace PstoreNano.Config
{
    /// <summary>A configuration value is invalid; the message names the key and the rule it breaks.</summary>
    public class PstoreConfigException : ArgumentException
    {
        /// <summary>Creates the exception for one key.</summary>
        public PstoreConfigException(string key, string message) : base(key + ": " + message)
        {
            Key = key;
        }

        /// <summary>The nf.config key (or option name) that is wrong.</summary>
        public string Key { get; private set; }
    }
}

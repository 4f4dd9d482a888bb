namespace PstoreNano.Simulators.Sd
{
    /// <summary>What a power cut leaves in the sector being programmed (research notes §8.2, case 1).</summary>
    public enum SdCutDamage
    {
        /// <summary>The old contents.</summary>
        Old,

        /// <summary>The new contents.</summary>
        New,

        /// <summary>Shorn: some 64-byte pieces new, the others old.</summary>
        Mixed,

        /// <summary>Unreadable: reads answer the data error token until the sector is written again.</summary>
        Unreadable
    }
}

namespace PstoreNano.Drivers.Sd
{
    /// <summary>The sectors of a card that hold pstore: the only ones the zone device ever writes.</summary>
    public sealed class SdRegion
    {
        /// <summary>Creates the region [<paramref name="firstSector"/>, + <paramref name="sectorCount"/>).</summary>
        public SdRegion(long firstSector, long sectorCount, string source)
        {
            FirstSector = firstSector;
            SectorCount = sectorCount;
            Source = source;
        }

        /// <summary>First card sector of the region.</summary>
        public long FirstSector { get; private set; }

        /// <summary>Sectors in the region.</summary>
        public long SectorCount { get; private set; }

        /// <summary>Where the region came from, for messages ("MBR partition 2, type 0xDA").</summary>
        public string Source { get; private set; }
    }
}

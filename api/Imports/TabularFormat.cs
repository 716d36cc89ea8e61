namespace Samoocena.Api.Imports;

/// <summary>What an uploaded table turned out to be.</summary>
public enum TabularFormat
{
    Csv,
    Xlsx,
}

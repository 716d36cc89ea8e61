namespace Samoocena.Silo.Grains.AwardDirectory;

/// <summary>Stored ids of the award directory, in ordinal order.</summary>
[GenerateSerializer]
public sealed class AwardDirectoryState
{
    [Id(0)] public List<string> AwardIds { get; set; } = [];
}

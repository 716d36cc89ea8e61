namespace Samoocena.Silo.Grains.Awards;

/// <summary>
/// One juror's progress. <see cref="Nominees"/> maps nominee id → <see cref="Complete"/>, <see cref="Incomplete"/>,
/// <see cref="None"/> or <see cref="Conflict"/> (the juror may not score that nominee).
/// </summary>
[GenerateSerializer]
public sealed record AwardJurorProgress(
    [property: Id(0)] string Login,
    [property: Id(1)] string? Teryt,
    [property: Id(2)] int CompleteSheets,
    [property: Id(3)] int IncompleteSheets,
    [property: Id(4)] int MissingSheets,
    [property: Id(5)] IReadOnlyDictionary<string, string> Nominees)
{
    public const string Complete = "complete", Incomplete = "incomplete", None = "none", Conflict = "conflict";
}

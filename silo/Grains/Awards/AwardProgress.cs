namespace Samoocena.Silo.Grains.Awards;

/// <summary>The coordinator's view of the vote: per juror, the state of each sheet, never a score.</summary>
[GenerateSerializer]
public sealed record AwardProgress(
    [property: Id(0)] bool Closed,
    [property: Id(1)] IReadOnlyList<AwardJurorProgress> Jurors);

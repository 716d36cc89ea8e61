namespace Samoocena.Questionnaires.Statistics;

/// <summary>A composite index over a reference set (methodology §4).</summary>
/// <param name="Rows">Ranked units in rank order, equal ranks by unit id (TERYT) ascending.</param>
/// <param name="NotRanked">Units failing the coverage rule, by unit id ascending.</param>
/// <param name="ReferenceMin">Per indicator, the minimum over the reference set's units that have it (null if none).</param>
/// <param name="ReferenceMax">Per indicator, the maximum likewise.</param>
public sealed record CompositeResult(
    Normalisation Normalisation,
    IReadOnlyList<CompositeRow> Rows,
    IReadOnlyList<NotRankedUnit> NotRanked,
    IReadOnlyList<double?> ReferenceMin,
    IReadOnlyList<double?> ReferenceMax);

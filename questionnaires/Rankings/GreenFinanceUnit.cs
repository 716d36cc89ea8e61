namespace Samoocena.Questionnaires.Rankings;

/// <summary>
/// One unit's inputs to the Green Finance ranking over an edition's window (methodology §5): the sums it
/// is computed from, in PLN, and the indicators G1..G5 (null where the missing-data rule applies).
/// Shares are fractions 0–1; G2 is in zł per inhabitant per year.
/// </summary>
public sealed record GreenFinanceUnit(
    string Teryt,
    string Name,
    string Category,
    int? Population,
    decimal CapitalExpenditure,
    decimal GreenCapitalExpenditure,
    decimal CurrentExpenditure,
    decimal GreenCurrentExpenditure,
    decimal ExternalGreenCapitalExpenditure,
    int YearsWithGreenCapital,
    double? G1,
    double? G2,
    double? G3,
    double? G4,
    double? G5)
{
    /// <summary>The value of indicator "G1".."G5".</summary>
    public double? Value(string indicatorId) => indicatorId switch
    {
        "G1" => G1,
        "G2" => G2,
        "G3" => G3,
        "G4" => G4,
        "G5" => G5,
        _ => throw new KeyNotFoundException($"Nieznany wskaźnik rankingu zielonych finansów: '{indicatorId}'."),
    };

    /// <summary>The ids of the indicators that are missing, in G1..G5 order (the reason a unit may be unranked).</summary>
    public IReadOnlyList<string> Missing =>
        new[] { ("G1", G1), ("G2", G2), ("G3", G3), ("G4", G4), ("G5", G5) }
            .Where(p => p.Item2 is null).Select(p => p.Item1).ToArray();
}

namespace Samoocena.Questionnaires.Indicators;

/// <summary>
/// A monitoring or context indicator of the SMUP-style catalogue. <see cref="Polarity"/> is "+"
/// (stimulant) or "-" (destimulant); context indicators carry dimension "context" and never enter an index.
/// <see cref="BdlVariable"/> lists the GUS BDL variable ids the indicator is published as (optional; a BDL upload
/// of such a variable goes to this indicator without the coordinator naming it).
/// </summary>
public sealed record Indicator(
    string Id,
    string Name,
    string Unit,
    string Polarity,
    string Area,
    string Service,
    string Dimension,
    bool Context,
    string? Description = null,
    IReadOnlyList<int>? BdlVariable = null)
{
    /// <summary>The BDL variable ids, empty when the catalogue names none.</summary>
    public IReadOnlyList<int> BdlVariables => BdlVariable ?? [];

    /// <summary>True for a stimulant (higher is better).</summary>
    public bool HigherIsBetter => Polarity == "+";
}

namespace Samoocena.Questionnaires.Indicators;

/// <summary>
/// A monitoring or context indicator of the SMUP-style catalogue. <see cref="Polarity"/> is "+"
/// (stimulant) or "-" (destimulant); context indicators carry dimension "context" and never enter an index.
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
    string? Description = null)
{
    /// <summary>True for a stimulant (higher is better).</summary>
    public bool HigherIsBetter => Polarity == "+";
}

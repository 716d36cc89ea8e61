namespace Samoocena.Questionnaires.Rankings;

/// <summary>An indicator of a ranking with its weight; <see cref="MissingWhen"/> states the missing-data rule in Polish.</summary>
public sealed record RankingIndicator(string Id, string Name, string Unit, string Polarity, double Weight, string? MissingWhen = null)
{
    public bool HigherIsBetter => Polarity == "+";
}

namespace Samoocena.Questionnaires.Rankings;

/// <summary>An edition of a ranking and its window of budget years (inclusive).</summary>
public sealed record RankingEdition(int Edition, int FirstYear, int LastYear)
{
    public int Years => LastYear - FirstYear + 1;

    public bool Covers(int year) => year >= FirstYear && year <= LastYear;
}

using Samoocena.Questionnaires.Rankings;
using Samoocena.Questionnaires.Statistics;
using Samoocena.Silo.Grains.Rankings;

namespace Samoocena.Api.Features.Rankings;

/// <summary>
/// A ranking edition as served by <c>GET /api/rankings/{rankingId}/{edition}</c>. Methodology v1.1 §0: the score and
/// G2 (zł per inhabitant per year) as shown (<see cref="Scores.AsShown(double)"/>); the shares (G1, G3, G4, G5,
/// fractions 0–1, listed in <c>shareIndicators</c>) unrounded, pages show them as percentages. Ranks are the stored
/// ones, decided under the edition's <c>methodVersion</c> (a published edition keeps the version it was published with).
/// <c>indicators</c> names G1–G5 with their units and weights as the edition used them; <c>previousEdition</c> is the
/// nearest earlier edition that was computed (draft or published), null when there is none, and each row's
/// <c>previousRank</c> is the unit's rank there in the same category (null: not ranked in that category then).
/// </summary>
public sealed record RankingResponse(
    string RankingId,
    string Title,
    string Status,
    int Edition,
    int FirstYear,
    int LastYear,
    DateTimeOffset ComputedAt,
    DateTimeOffset? PublishedAt,
    bool Synthetic,
    IReadOnlyList<RankingResponse.CategoryRanking> Categories,
    string MethodVersion,
    IReadOnlyList<string> ShareIndicators,
    IReadOnlyList<RankingResponse.IndicatorInfo> Indicators,
    RankingResponse.PreviousEditionInfo? PreviousEdition)
{
    public sealed record Row(int Rank, string Teryt, string Name, double Score, string? Label,
        IReadOnlyDictionary<string, double?> Indicators, int[] RankInterval, double MedianRank, int? PreviousRank);

    /// <summary>An indicator of the edition: <c>{id: "G1", name, unit: "udział 0–1", weight: 0.35}</c>.</summary>
    public sealed record IndicatorInfo(string Id, string Name, string Unit, double Weight);

    /// <summary>The edition the places are compared with: <c>{edition: 2023, status: "published"}</c>.</summary>
    public sealed record PreviousEditionInfo(int Edition, string Status);

    public sealed record NotRankedRow(string Teryt, string Name, string Reason, IReadOnlyList<string> MissingIndicators);

    public sealed record CategoryRanking(string Category, IReadOnlyList<Row> Rows, IReadOnlyList<NotRankedRow> NotRanked);

    public static RankingResponse From(RankingStatus status, string? category = null, RankingStatus? previous = null)
    {
        var s = status.Snapshot ?? throw new InvalidOperationException("No snapshot.");
        var inputs = s.Inputs.ToDictionary(u => u.Teryt, StringComparer.Ordinal);
        var before = previous?.Snapshot?.Categories.ToDictionary(c => c.Category,
            c => c.Rows.ToDictionary(r => r.Teryt, r => r.Rank, StringComparer.Ordinal), StringComparer.Ordinal);
        int? PreviousRank(string categoryId, string teryt) =>
            before?.GetValueOrDefault(categoryId) is { } ranks && ranks.TryGetValue(teryt, out var rank) ? rank : null;
        return new RankingResponse(s.RankingId, s.Title, status.Status, s.Edition, s.FirstYear, s.LastYear, s.ComputedAt,
            status.PublishedAt, s.SyntheticUnitYears > 0,
            s.Categories.Where(c => category is null || c.Category == category).Select(c => new CategoryRanking(c.Category,
                c.Rows.Select(r => new Row(r.Rank, r.Teryt, r.Name, Scores.AsShown(r.Score), r.Label,
                    IndicatorValues(s.Indicators, inputs[r.Teryt]), [r.LowRank, r.HighRank], r.MedianRank, PreviousRank(c.Category, r.Teryt))).ToArray(),
                c.NotRanked.Select(n => new NotRankedRow(n.Teryt, n.Name, n.Reason, n.MissingIndicators)).ToArray())).ToArray(),
            s.MethodVersionUsed(), s.Indicators.Where(IsShare).Select(i => i.Id).ToArray(),
            s.Indicators.Select(i => new IndicatorInfo(i.Id, i.Name, i.Unit, i.Weight)).ToArray(),
            previous?.Snapshot is { } p ? new PreviousEditionInfo(p.Edition, previous.Status) : null);
    }

    /// <summary>Indicator values keyed by id ("G1".."G5"): shares unrounded, the others as shown (see the type's remarks).</summary>
    public static IReadOnlyDictionary<string, double?> IndicatorValues(IReadOnlyList<RankingIndicator> indicators, GreenFinanceUnit unit)
    {
        var values = new Dictionary<string, double?>(StringComparer.Ordinal);
        foreach (var i in indicators) values[i.Id] = Display(i, unit.Value(i.Id));
        return values;
    }

    public static double? Display(RankingIndicator indicator, double? value) => value is not { } v ? null
        : IsShare(indicator) ? v : Scores.AsShown(v);

    /// <summary>Shares are the indicators whose unit the definition gives as "udział …" (fractions 0–1).</summary>
    public static bool IsShare(RankingIndicator indicator) => indicator.Unit.StartsWith("udział", StringComparison.Ordinal);
}

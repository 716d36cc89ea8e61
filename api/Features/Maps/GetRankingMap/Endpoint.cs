using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Features.Rankings;
using Samoocena.Api.Maps;
using Samoocena.Api.Problems;
using Samoocena.Questionnaires.Registry;
using Samoocena.Questionnaires.Statistics;
using Samoocena.Silo.Grains.Rankings;

namespace Samoocena.Api.Features.Maps.GetRankingMap;

/// <summary>
/// <c>GET /api/maps/rankings/{rankingId}/{edition}.svg?category=&amp;highlight=</c> (any signed-in user): the edition's
/// current snapshot (draft or published) as Lider / Laureat / other ranked / not ranked, every category or one
/// (the others pale grey). 404 unknown ranking or edition, not computed yet, unknown highlight; 422 unknown category.
/// </summary>
public sealed class Endpoint : Endpoint<Request, Results<SvgMapResult, ProblemHttpResult>>
{
    public const string OtherCategoriesLabel = "pozostałe kategorie";

    private static readonly CultureInfo Polish = CultureInfo.GetCultureInfo("pl-PL");

    public override void Configure()
    {
        Get("rankings/{rankingId}/{edition}.svg");
        Group<MapsGroup>();
    }

    public override Task<Results<SvgMapResult, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.RankingId, request.Edition, request.Category, request.Highlight, Resolve<IGrainFactory>(), Resolve<MunicipalityRegistry>());

    private static async Task<Results<SvgMapResult, ProblemHttpResult>> Handle(
        string rankingId, string edition, string? category, string? highlight, IGrainFactory grains, MunicipalityRegistry registry)
    {
        if (RankingRoute.Resolve(grains, rankingId, edition, out var grain) is { } problem) return problem;
        var definition = RankingCatalog.Find(rankingId)!;
        string? only = null;
        if (!string.IsNullOrWhiteSpace(category))
        {
            only = category.Trim().ToUpperInvariant();
            if (!definition.Categories.Contains(only, StringComparer.Ordinal))
                return ProblemResponses.Validation("category",
                    $"Ranking '{rankingId}' nie ma kategorii '{ProblemResponses.Echo(category, 20)}' (dostępne: {string.Join(", ", definition.Categories)}).");
        }
        if (MapHighlight.Parse(registry, highlight, out var highlighted) is { } badHighlight) return badHighlight;
        var status = await grain.GetAsync();
        if (status.Snapshot is not { } snapshot) return ProblemResponses.Result(404, RankingRoute.NotComputed(rankingId, edition));

        var standings = new Dictionary<string, (RankingStanding Standing, string Value)>(StringComparer.Ordinal);
        foreach (var result in snapshot.Categories.Where(c => only is null || c.Category == only))
        {
            var label = result.Category;
            foreach (var row in result.Rows)
                standings[row.Teryt] = (Standing(row.Label),
                    $"miejsce {row.Rank} z {result.Rows.Count} w kategorii {label}, wynik {Scores.AsShown(row.Score).ToString("N2", Polish)}");
            foreach (var unit in result.NotRanked)
                standings[unit.Teryt] = (RankingStanding.NotRanked, $"kategoria {label}: {unit.Reason}");
        }
        var editionText = snapshot.Edition.ToString(CultureInfo.InvariantCulture);
        var map = RankingScale.Map($"{snapshot.Title} {editionText}{(only is null ? "" : $", kategoria {only}")}", standings);
        if (only is not null)
        {
            // The other categories are not "without data": they are simply not shown, in their own pale colour.
            var areas = new Dictionary<string, MapArea>(map.Areas, StringComparer.Ordinal);
            foreach (var unit in registry.All)
                if (unit.Category != only) areas[unit.Teryt] = new MapArea(CategoryScale.OtherCategory, $"kategoria {unit.Category}", "poza wybraną kategorią");
            map = map with { Areas = areas, Legend = [.. map.Legend, new LegendEntry(CategoryScale.OtherCategory, OtherCategoriesLabel)] };
        }
        var subtitle = $"{(status.Status == RankingStatus.Published ? "Edycja opublikowana" : "Wersja robocza (nieopublikowana)")}, "
            + $"budżety z lat {snapshot.FirstYear.ToString(CultureInfo.InvariantCulture)}–{snapshot.LastYear.ToString(CultureInfo.InvariantCulture)}";
        if (snapshot.SyntheticUnitYears > 0) subtitle += "; " + Samoocena.Api.Features.Maps.GetBenchmarkMap.Endpoint.SyntheticNote;
        return new SvgMapResult((map with { Subtitle = subtitle, Highlight = highlighted }).ToSvg(registry));
    }

    /// <summary>The standing of a ranked row from the label the definition gave its rank.</summary>
    public static RankingStanding Standing(string? label) => label switch
    {
        "Lider" => RankingStanding.Lider,
        "Laureat" => RankingStanding.Laureat,
        _ => RankingStanding.Ranked,
    };
}

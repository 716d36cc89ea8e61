using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Auth;
using Samoocena.Questionnaires.Registry;
using Samoocena.Silo.Grains.Audit;
using Samoocena.Silo.Grains.Budget;
using Samoocena.Silo.Grains.Rankings;

namespace Samoocena.Api.Features.Rankings.GetRankingAudit;

/// <summary>
/// <c>GET /api/rankings/{rankingId}/{edition}/audit</c> (coordinator): the edition's compute and publish events and the
/// budget imports of the years in its window (who, when, year, line counts before → after, which gminas), oldest first.
/// </summary>
public sealed class Endpoint : Endpoint<Request, Results<Ok<AuditEntry[]>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Get("{rankingId}/{edition}/audit");
        Group<RankingsGroup>();
        Policies(Samoocena.Api.Auth.Policies.Coordinator);
    }

    public override Task<Results<Ok<AuditEntry[]>, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.RankingId, request.Edition, Resolve<IGrainFactory>(), Resolve<MunicipalityRegistry>());

    private static async Task<Results<Ok<AuditEntry[]>, ProblemHttpResult>> Handle(
        string rankingId, string edition, IGrainFactory grains, MunicipalityRegistry registry)
    {
        if (RankingRoute.Resolve(grains, rankingId, edition, out var grain) is { } problem) return problem;
        var window = RankingCatalog.Find(rankingId)!.Edition(int.Parse(edition, System.Globalization.CultureInfo.InvariantCulture));
        var imports = await Task.WhenAll(BudgetShards.All(registry).Select(k => grains.GetGrain<IBudgetGrain>(k).AuditAsync()));
        var entries = (await grain.AuditAsync())
            .Concat(imports.SelectMany(a => a).Where(e => int.TryParse(e.Target, out var year) && window.Covers(year)))
            .OrderBy(e => e.At).ThenBy(e => e.Action, StringComparer.Ordinal).ThenBy(e => e.Target, StringComparer.Ordinal)
            .ToArray();
        return TypedResults.Ok(entries);
    }
}

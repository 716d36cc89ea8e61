using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Auth;
using Samoocena.Api.Features.Municipalities;
using Samoocena.Api.Problems;
using Samoocena.Questionnaires.Registry;
using Samoocena.Silo.Grains.Budget;

namespace Samoocena.Api.Features.Budget.GetBudgetUnit;

/// <summary>
/// <c>GET /api/budget/{teryt}</c> (coordinator): a gmina's stored budget lines per year, summed per (rozdział, paragraf)
/// as stored → <c>{teryt, name, years: [{year, sourceLines, synthetic, lines: [{dzial, rozdzial, paragraf, amount}]}]}</c>.
/// </summary>
public sealed class Endpoint : Endpoint<Request, Results<Ok<Response>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Get("{teryt}");
        Group<BudgetGroup>();
    }

    public override Task<Results<Ok<Response>, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.Teryt, Resolve<IGrainFactory>(), Resolve<MunicipalityRegistry>());







    private static async Task<Results<Ok<Response>, ProblemHttpResult>> Handle(string teryt, IGrainFactory grains, MunicipalityRegistry registry)
    {
        if (registry.Find(teryt) is not { } unit) return ProblemResponses.Result(404, Samoocena.Api.Features.Municipalities.GetMunicipality.Endpoint.UnknownTeryt(teryt));
        var stored = await grains.GetGrain<IBudgetGrain>(BudgetShards.KeyOf(teryt)).UnitAsync(teryt);
        return TypedResults.Ok(new Response(unit.Teryt, unit.Name, stored.Select(u => new StoredYear(u.Year, u.SourceLines, u.Synthetic,
            u.Rozdzialy.Select((r, i) => new Line((r / 100).ToString("D3", CultureInfo.InvariantCulture), r.ToString("D5", CultureInfo.InvariantCulture), u.Paragrafy[i].ToString("D4", CultureInfo.InvariantCulture), u.Grosze[i] / 100m))
                .ToArray())).ToArray()));
    }
}

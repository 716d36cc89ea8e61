using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Problems;
using Samoocena.Questionnaires.Registry;
using Samoocena.Silo.Grains.Cohorts;

namespace Samoocena.Api.Features.Municipalities.GetMunicipality;

/// <summary>
/// <c>GET /api/municipalities/{teryt}</c>: one unit with its default peer group as methodology §2 forms it
/// when every unit has a value (category and population class; widened to the category below 5 units), and the
/// programme cohorts it belongs to (<c>cohorts: [{id, name}]</c>).
/// </summary>
public sealed class Endpoint : Endpoint<Request, Results<Ok<Response>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Get("{teryt}");
        Group<MunicipalitiesGroup>();
    }

    public override Task<Results<Ok<Response>, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.Teryt, Resolve<MunicipalityRegistry>(), Resolve<PeerGroups>(), Resolve<IGrainFactory>());

    private static async Task<Results<Ok<Response>, ProblemHttpResult>> Handle(string teryt, MunicipalityRegistry registry, PeerGroups peers, IGrainFactory grains)
    {
        if (registry.Find(teryt) is not { } m)
            return ProblemResponses.Result(404, UnknownTeryt(teryt));
        var structural = peers.DefaultFor(teryt);
        var group = new PeerGroupInfo(structural.Id, structural.Members.Count, structural.Widened);
        return TypedResults.Ok(new Response(m.Teryt, m.Name, m.Category, m.Voivodeship, m.Powiat, m.Population, m.AreaKm2,
            m.PopulationClass, m.Kind, m.Density, m.UrbanisationPct, group, await CohortsOfAsync(grains, teryt)));
    }

    /// <summary>The programme cohorts this unit belongs to (a comparison group its staff may choose), by id.</summary>
    private static async Task<CohortRef[]> CohortsOfAsync(IGrainFactory grains, string teryt)
    {
        var ids = await grains.GetGrain<ICohortDirectoryGrain>(CohortDirectoryGrain.Key).ListAsync();
        var cohorts = await Task.WhenAll(ids.Select(id => grains.GetGrain<ICohortGrain>(id).GetAsync()));
        return cohorts.OfType<Cohort>().Where(c => c.Members.Contains(teryt)).Select(c => new CohortRef(c.Id, c.Name)).ToArray();
    }

    internal static string UnknownTeryt(string teryt) =>
        teryt.Length == 7 && teryt.All(char.IsAsciiDigit)
            ? $"Nie ma gminy o kodzie TERYT {teryt}."
            : $"'{ProblemResponses.Echo(teryt, 20)}' nie jest kodem TERYT gminy (7 cyfr, np. 1465011).";
}

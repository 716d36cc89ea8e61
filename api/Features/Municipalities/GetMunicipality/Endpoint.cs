using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Problems;
using Samoocena.Questionnaires.Registry;

namespace Samoocena.Api.Features.Municipalities.GetMunicipality;

/// <summary>
/// <c>GET /api/municipalities/{teryt}</c>: one unit with its default peer group as methodology §2 forms it
/// when every unit has a value (category and population class; widened to the category below 5 units).
/// </summary>
public sealed class Endpoint : Endpoint<Request, Results<Ok<Response>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Get("{teryt}");
        Group<MunicipalitiesGroup>();
    }

    public override Task<Results<Ok<Response>, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct) =>
        Task.FromResult(Handle(request.Teryt, Resolve<MunicipalityRegistry>(), Resolve<PeerGroups>()));

    private static Results<Ok<Response>, ProblemHttpResult> Handle(string teryt, MunicipalityRegistry registry, PeerGroups peers)
    {
        if (registry.Find(teryt) is not { } m)
            return ProblemResponses.Result(404, UnknownTeryt(teryt));
        var structural = peers.DefaultFor(teryt);
        var group = new PeerGroupInfo(structural.Id, structural.Members.Count, structural.Widened);
        return TypedResults.Ok(new Response(m.Teryt, m.Name, m.Category, m.Voivodeship, m.Powiat, m.Population, m.AreaKm2,
            m.PopulationClass, m.Kind, m.Density, m.UrbanisationPct, group));
    }

    internal static string UnknownTeryt(string teryt) =>
        teryt.Length == 7 && teryt.All(char.IsAsciiDigit)
            ? $"Nie ma gminy o kodzie TERYT {teryt}."
            : $"'{ProblemResponses.Echo(teryt, 20)}' nie jest kodem TERYT gminy (7 cyfr, np. 1465011).";
}

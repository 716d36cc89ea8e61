using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Problems;
using Samoocena.Questionnaires.Registry;

namespace Samoocena.Api.Features.Municipalities;

/// <summary><c>GET /api/municipalities/{teryt}</c>: one unit with its default (structural) peer group.</summary>
public sealed class GetMunicipality : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/municipalities/{teryt}", Handle).WithTags("Municipalities");

    public sealed record PeerGroupInfo(string Id, int Size, bool Widened);

    public sealed record Response(
        string Teryt, string Name, string Category, string Voivodeship, string Powiat, int? Population,
        double AreaKm2, string PopulationClass, string Kind, double? Density, double? UrbanisationPct,
        PeerGroupInfo DefaultPeerGroup);

    private static Results<Ok<Response>, ProblemHttpResult> Handle(string teryt, MunicipalityRegistry registry)
    {
        if (registry.Find(teryt) is not { } m)
            return ProblemResponses.Result(404, UnknownTeryt(teryt));
        var group = StructuralPeerGroup(registry, m);
        return TypedResults.Ok(new Response(m.Teryt, m.Name, m.Category, m.Voivodeship, m.Powiat, m.Population, m.AreaKm2,
            m.PopulationClass, m.Kind, m.Density, m.UrbanisationPct, group));
    }

    /// <summary>The default group of methodology §2 before any measure is known: category and population class.</summary>
    internal static PeerGroupInfo StructuralPeerGroup(MunicipalityRegistry registry, Municipality m)
    {
        var size = registry.All.Count(u => u.Category == m.Category && u.PopulationClass == m.PopulationClass);
        return size >= 5
            ? new PeerGroupInfo($"default:{m.Category}-{m.PopulationClass}", size, false)
            : new PeerGroupInfo($"category:{m.Category}", registry.All.Count(u => u.Category == m.Category), true);
    }

    internal static string UnknownTeryt(string teryt) =>
        teryt.Length == 7 && teryt.All(char.IsAsciiDigit)
            ? $"Nie ma gminy o kodzie TERYT {teryt}."
            : $"'{Truncate(teryt)}' nie jest kodem TERYT gminy (7 cyfr, np. 1465011).";

    private static string Truncate(string s) => s.Length > 20 ? s[..20] + "…" : s;
}

using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Problems;
using Samoocena.Questionnaires.Registry;

namespace Samoocena.Api.Features.Municipalities.ListMunicipalities;

/// <summary><c>GET /api/municipalities?category=&amp;voivodeship=&amp;q=</c>.</summary>
public sealed class Endpoint : Endpoint<Request, Results<Ok<IEnumerable<MunicipalityResponse>>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Get("");
        Group<MunicipalitiesGroup>();
    }

    public override Task<Results<Ok<IEnumerable<MunicipalityResponse>>, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct) =>
        Task.FromResult(Handle(Resolve<MunicipalityRegistry>(), request.Category, request.Voivodeship, request.Q));

    private static Results<Ok<IEnumerable<MunicipalityResponse>>, ProblemHttpResult> Handle(
        MunicipalityRegistry registry, string? category = null, string? voivodeship = null, string? q = null)
    {
        IEnumerable<Municipality> units = registry.All;
        if (category is not null) units = units.Where(u => u.Category == category.ToUpperInvariant());
        if (!string.IsNullOrWhiteSpace(voivodeship))
        {
            var v = voivodeship.Trim();
            units = units.Where(u => u.VoivodeshipCode == v || string.Equals(u.Voivodeship, v, StringComparison.OrdinalIgnoreCase));
        }
        if (!string.IsNullOrWhiteSpace(q))
        {
            var compare = CultureInfo.InvariantCulture.CompareInfo;
            var text = q.Trim();
            units = units.Where(u => u.Teryt.StartsWith(text, StringComparison.Ordinal)
                || compare.IndexOf(u.Name, text, CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace) >= 0);
        }
        return TypedResults.Ok(units.Select(MunicipalityResponse.From));
    }
}

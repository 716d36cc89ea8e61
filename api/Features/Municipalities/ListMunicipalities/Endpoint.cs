using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Problems;
using Samoocena.Questionnaires.Registry;

namespace Samoocena.Api.Features.Municipalities.ListMunicipalities;

/// <summary>
/// <c>GET /api/municipalities?category=&amp;voivodeship=&amp;q=&amp;limit=</c>: <c>q</c> ignores case and diacritics and
/// matches the start of the name or of any word, or anywhere in it (<see cref="NameSearch"/>), best matches first;
/// <c>limit</c> keeps the first n.
/// </summary>
public sealed class Endpoint : Endpoint<Request, Results<Ok<IEnumerable<MunicipalityResponse>>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Get("");
        Group<MunicipalitiesGroup>();
    }

    public override Task<Results<Ok<IEnumerable<MunicipalityResponse>>, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct) =>
        Task.FromResult(Handle(Resolve<MunicipalityRegistry>(), request.Category, request.Voivodeship, request.Q,
            request.Limit is null ? null : int.Parse(request.Limit, CultureInfo.InvariantCulture)));

    private static Results<Ok<IEnumerable<MunicipalityResponse>>, ProblemHttpResult> Handle(
        MunicipalityRegistry registry, string? category, string? voivodeship, string? q, int? limit)
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
            // Best matches first (NameSearch), ties in TERYT order (OrderBy is stable).
            var text = q.Trim();
            var folded = NameSearch.Fold(text);
            units = units
                .Select(u => (Unit: u, Rank: u.Teryt.StartsWith(text, StringComparison.Ordinal) ? 0 : NameSearch.Rank(u.Name, folded)))
                .Where(m => m.Rank is not null)
                .OrderBy(m => m.Rank)
                .Select(m => m.Unit);
        }
        if (limit is { } n) units = units.Take(n);
        return TypedResults.Ok(units.Select(MunicipalityResponse.From));
    }
}

using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Problems;
using Samoocena.Questionnaires.Registry;

namespace Samoocena.Api.Features.Municipalities.ListNeighbours;

/// <summary>
/// <c>GET /api/municipalities/{teryt}/neighbours?k=15</c> (any signed-in user): the k nearest units by context
/// (methodology §2, <see cref="NearestNeighbours.ForShippedRegistry"/>), nearest first; distance unrounded, as it is
/// compared (methodology v1.1 §0: the rounding rule does not cover distances). 422 for k outside 1..200.
/// </summary>
public sealed class Endpoint : Endpoint<Request, Results<Ok<Response[]>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Get("{teryt}/neighbours");
        Group<MunicipalitiesGroup>();
    }

    /// <summary>404 and 403 before 422: the resource and the caller's access are checked before the validator runs.</summary>
    public override Task OnBeforeValidateAsync(Request request, CancellationToken ct)
    {
        ResourceChecks.Municipality(Resolve<MunicipalityRegistry>(), request.Teryt);
        return Task.CompletedTask;
    }

    public override Task<Results<Ok<Response[]>, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct) =>
        Task.FromResult(Handle(request.Teryt, request.K, Resolve<MunicipalityRegistry>()));



    private static Results<Ok<Response[]>, ProblemHttpResult> Handle(string teryt, string? k, MunicipalityRegistry registry)
    {
        if (registry.Find(teryt) is null) return ProblemResponses.Result(404, Samoocena.Api.Features.Municipalities.GetMunicipality.Endpoint.UnknownTeryt(teryt));
        var count = NearestNeighbours.DefaultK;
        if (k is not null) count = int.Parse(k, NumberStyles.None, CultureInfo.InvariantCulture);
        return TypedResults.Ok(For(registry, teryt, count));
    }

    /// <summary>The list as served; the benchmark export uses the same.</summary>
    internal static Response[] For(MunicipalityRegistry registry, string teryt, int k) =>
        NearestNeighbours.ForShippedRegistry.For(teryt, k)
            .Select(n => new Response(n.Teryt, registry.Find(n.Teryt)!.Name, n.Distance))
            .ToArray();
}

using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Auth;
using Samoocena.Api.Problems;
using Samoocena.Silo.Grains.Audit;
using Samoocena.Silo.Grains.Awards;

namespace Samoocena.Api.Features.Awards;

/// <summary>
/// <c>GET /api/awards/{awardId}/audit</c> (coordinator): every change in order (score values hidden while the vote
/// is open) and, after the close, every juror's sheets with the total that counted.
/// </summary>
public sealed class GetAwardAudit : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/awards/{awardId}/audit", Handle).RequireAuthorization(Policies.Coordinator).WithTags("Awards");

    public sealed record Response(string Status, DateTimeOffset? ClosedAt, string? ClosedBy, IReadOnlyList<AuditEntry> Entries,
        IReadOnlyList<JurorSheetResponse>? Sheets);

    private static async Task<Results<Ok<Response>, ProblemHttpResult>> Handle(string awardId, IGrainFactory grains)
    {
        if (!DefineAward.IsAwardId(awardId)) return ProblemResponses.Result(404, GetAward.UnknownAward(awardId));
        var grain = grains.GetGrain<IAwardGrain>(awardId);
        var audit = await grain.GetAuditAsync();
        var award = (await grain.GetAsync())!.Definition;
        return TypedResults.Ok(new Response(audit.Closure is null ? "open" : "closed", audit.Closure?.ClosedAt, audit.Closure?.ClosedBy,
            audit.Entries, audit.Sheets?.Select(s => JurorSheetResponse.From(award, s)).ToArray()));
    }
}

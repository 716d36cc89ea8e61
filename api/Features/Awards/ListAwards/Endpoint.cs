using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Auth;
using Samoocena.Silo.Grains.AwardDirectory;
using Samoocena.Silo.Grains.Awards;
using Samoocena.Silo.Grains.Users;

namespace Samoocena.Api.Features.Awards.ListAwards;

/// <summary>
/// <c>GET /api/awards</c> (coordinator, admin; jury): the award editions → <c>[{id, title, status}]</c> in id order.
/// Coordinators see every edition, a juror only the editions they are a juror of; other roles get 403.
/// </summary>
public sealed class Endpoint : EndpointWithoutRequest<Ok<AwardSummary[]>>
{
    public override void Configure()
    {
        Get("");
        Group<AwardsGroup>();
        Roles(Samoocena.Silo.Grains.Users.Roles.Coordinator, Samoocena.Silo.Grains.Users.Roles.Admin, Samoocena.Silo.Grains.Users.Roles.Jury);
    }

    public override Task<Ok<AwardSummary[]>> ExecuteAsync(CancellationToken ct) => Handle(User, Resolve<IGrainFactory>());

    private static async Task<Ok<AwardSummary[]>> Handle(ClaimsPrincipal user, IGrainFactory grains)
    {
        var ids = await grains.GetGrain<IAwardDirectoryGrain>(AwardDirectoryGrain.Key).ListAsync();
        var editions = await Task.WhenAll(ids.Select(id => grains.GetGrain<IAwardGrain>(id).GetAsync()));
        var login = user.Login();
        var everyone = user.IsCoordinator();
        return TypedResults.Ok(editions
            .OfType<AwardEdition>()
            .Where(e => everyone || e.Definition.Jurors.Any(j => j.Login == login))
            .Select(e => new AwardSummary(e.Definition.Id, e.Definition.Title, e.ClosedAt is null ? "open" : "closed"))
            .ToArray());
    }
}

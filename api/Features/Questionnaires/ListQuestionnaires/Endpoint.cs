using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Questionnaires.Definitions;

namespace Samoocena.Api.Features.Questionnaires.ListQuestionnaires;

/// <summary><c>GET /api/questionnaires</c>: the latest version of every questionnaire, with the versions known.</summary>
public sealed class Endpoint : EndpointWithoutRequest<Ok<Item[]>>
{
    public override void Configure()
    {
        Get("");
        Group<QuestionnairesGroup>();
    }

    public override Task<Ok<Item[]>> ExecuteAsync(CancellationToken ct) =>
        Task.FromResult(Handle(HttpContext));



    private static Ok<Item[]> Handle(HttpContext context)
    {
        var catalog = context.Catalog();
        var items = catalog.All.GroupBy(d => d.Id, StringComparer.Ordinal)
            .Select(g =>
            {
                var latest = catalog.Latest(g.Key)!;
                return new Item(latest.Id, latest.Version, latest.Title, latest.Description, g.Select(d => d.Version).ToArray(), latest.Areas);
            })
            .ToArray();
        return TypedResults.Ok(items);
    }
}

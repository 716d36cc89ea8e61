using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Questionnaires.Definitions;

namespace Samoocena.Api.Features.Questionnaires;

/// <summary><c>GET /api/questionnaires</c>: the latest version of every questionnaire, with the versions known.</summary>
public sealed class ListQuestionnaires : IEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/questionnaires", Handle).WithTags("Questionnaires");

    public sealed record Item(
        string Id, int Version, string Title, string? Description, IReadOnlyList<int> Versions,
        IReadOnlyList<QuestionnaireArea> Areas);

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

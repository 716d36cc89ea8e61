using Samoocena.Questionnaires.Awards;
using Samoocena.Silo.Grains.Awards;

namespace Samoocena.Api.Features.Awards;

/// <summary>An award edition as the API shows it; <c>status</c> is <c>open</c> or <c>closed</c>.</summary>
public sealed record AwardResponse(
    string Id,
    int Version,
    string Title,
    string Status,
    bool ScoringStarted,
    DateTimeOffset? ClosedAt,
    IReadOnlyList<AwardResponse.Category> Categories,
    IReadOnlyList<AwardCriterion> Criteria,
    IReadOnlyList<AwardNominee> Nominees,
    IReadOnlyList<AwardJuror> Jurors)
{
    public sealed record Category(string Id, string Title);

    public static AwardResponse From(AwardEdition edition)
    {
        var d = edition.Definition;
        return new AwardResponse(d.Id, d.Version, d.Title, edition.ClosedAt is null ? "open" : "closed", edition.ScoringStarted,
            edition.ClosedAt, d.Categories.Select(c => new Category(c.Id, c.Name)).ToArray(), d.Criteria, d.Nominees, d.Jurors);
    }
}

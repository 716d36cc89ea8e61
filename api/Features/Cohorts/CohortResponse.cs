using Samoocena.Silo.Grains.Cohorts;

namespace Samoocena.Api.Features.Cohorts;

/// <summary>A cohort as served: id, name, members (TERYT ascending), size, last change.</summary>
public sealed record CohortResponse(string Id, string Name, IReadOnlyList<string> Members, int Size, DateTimeOffset UpdatedAt, string UpdatedBy)
{
    public static CohortResponse From(Cohort c) => new(c.Id, c.Name, c.Members, c.Members.Count, c.UpdatedAt, c.UpdatedBy);
}

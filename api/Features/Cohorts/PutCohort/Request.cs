namespace Samoocena.Api.Features.Cohorts.PutCohort;

/// <summary>What the client sends to PUT <c>/api/cohorts/{cohortId}</c>.</summary>
public sealed record Request
{
    [RouteParam] public string CohortId { get; init; } = "";
    public string? Name { get; init; }
    public List<string?>? Members { get; init; }

    /// <summary>Shape and ranges checked at the boundary (422, Polish, naming the field); domain rules stay in the grains.</summary>
    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
        }
    }
}

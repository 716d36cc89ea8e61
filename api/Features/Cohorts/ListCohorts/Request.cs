namespace Samoocena.Api.Features.Cohorts.ListCohorts;

/// <summary>What the client sends to GET <c>/api/cohorts</c>: nothing.</summary>
public sealed record Request
{
    /// <summary>Nothing to check at the boundary.</summary>
    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
        }
    }
}

using Samoocena.Silo.Grains.Cohorts;
using Samoocena.Silo.Grains.Errors;

namespace Samoocena.Api.Features.Assessments;

/// <summary>The members of a programme cohort for <c>peers=cohort:&lt;id&gt;</c>; an unknown cohort is 422.</summary>
public static class CohortMembers
{
    public static async Task<IReadOnlyCollection<string>> GetAsync(IGrainFactory grains, string cohortId) =>
        await grains.GetGrain<ICohortGrain>(cohortId).GetMembersAsync()
            ?? throw new ValidationException("peers", $"Nieznana kohorta '{cohortId}'.");
}

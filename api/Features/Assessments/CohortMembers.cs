using System.Reflection;
using Samoocena.Silo.Grains.Errors;

namespace Samoocena.Api.Features.Assessments;

/// <summary>
/// The members of a programme cohort for <c>peers=cohort:&lt;id&gt;</c>, read from the cohort grain
/// (<c>Samoocena.Silo.Grains.Cohorts.ICohortGrain.GetMembersAsync()</c>, keyed by cohort id). The cohort feature is
/// built separately, so it is found at run time: until it exists every cohort is unknown (422).
/// </summary>
public static class CohortMembers
{
    private const string GrainInterface = "Samoocena.Silo.Grains.Cohorts.ICohortGrain";

    private static readonly Lazy<(MethodInfo GetGrain, MethodInfo GetMembers)?> Binding = new(Bind);

    public static async Task<IReadOnlyCollection<string>> GetAsync(IGrainFactory grains, string cohortId)
    {
        if (Binding.Value is not { } binding) throw Unknown(cohortId);
        var grain = binding.GetGrain.Invoke(grains, [cohortId]);
        var task = (Task<IReadOnlyList<string>?>)binding.GetMembers.Invoke(grain, null)!;
        return await task ?? throw Unknown(cohortId);
    }

    private static ValidationException Unknown(string cohortId) =>
        new("peers", $"Nieznana kohorta '{cohortId}'.");

    private static (MethodInfo, MethodInfo)? Bind()
    {
        var type = typeof(DomainException).Assembly.GetType(GrainInterface);
        var members = type?.GetMethod("GetMembersAsync", Type.EmptyTypes);
        if (type is null || members is null || members.ReturnType != typeof(Task<IReadOnlyList<string>?>)) return null;
        var getGrain = typeof(IGrainFactory).GetMethods()
            .Single(m => m.Name == nameof(IGrainFactory.GetGrain) && m.IsGenericMethodDefinition
                && m.GetParameters() is [{ ParameterType: var p }] && p == typeof(string))
            .MakeGenericMethod(type);
        return (getGrain, members);
    }
}

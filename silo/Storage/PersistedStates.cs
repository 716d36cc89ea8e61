using System.Text;
using Orleans.Storage;
using Samoocena.Silo.Grains.Assessments;
using Samoocena.Silo.Grains.Audit;
using Samoocena.Silo.Grains.AwardDirectory;
using Samoocena.Silo.Grains.Awards;
using Samoocena.Silo.Grains.Budget;
using Samoocena.Silo.Grains.Cohorts;
using Samoocena.Silo.Grains.Metrics;
using Samoocena.Silo.Grains.Rankings;
using Samoocena.Silo.Grains.Rounds;
using Samoocena.Silo.Grains.Secrets;
using Samoocena.Silo.Grains.Users;
using Samoocena.Silo.Grains.AdminAudit;
using Samoocena.Silo.Grains.DataProtection;
using Samoocena.Silo.Grains.Sessions;
using Samoocena.Silo.Grains.UserDirectory;

namespace Samoocena.Silo.Storage;

/// <summary>
/// Every persisted state of the product: the grain type (the class's <c>[GrainType]</c>, stable across renames),
/// the state name and the state class. Used to carry rows of the release before Orleans 10.4.2 into the stock
/// provider, and by the tests that pin each state's stored JSON.
/// </summary>
public static class PersistedStates
{
    public static readonly IReadOnlyList<PersistedState> All =
    [
        PersistedState.Of<AssessmentState>("AssessmentGrain", "assessment"),
        PersistedState.Of<AuditPageState>(AuditPages.GrainType, AuditPages.StateName),
        PersistedState.Of<QuestionnaireResultsState>("QuestionnaireResultsGrain", "questionnaireResults"),
        PersistedState.Of<QuestionnaireRoundsState>("QuestionnaireRoundsGrain", "questionnaireRounds"),
        PersistedState.Of<AwardState>("AwardGrain", "award"),
        PersistedState.Of<AwardDirectoryState>("AwardDirectoryGrain", "awardDirectory"),
        PersistedState.Of<BudgetState>("BudgetGrain", "budget"),
        PersistedState.Of<CohortState>("CohortGrain", "cohort"),
        PersistedState.Of<CohortDirectoryState>("CohortDirectoryGrain", "cohortDirectory"),
        PersistedState.Of<IndicatorYearState>("IndicatorYearGrain", "indicatorYear"),
        PersistedState.Of<MetricYearsState>("MetricYearsGrain", "metricYears"),
        PersistedState.Of<MunicipalityMetricsState>("MunicipalityMetricsGrain", "municipalityMetrics"),
        PersistedState.Of<RankingState>("RankingGrain", "ranking"),
        PersistedState.Of<SecretState>("SecretGrain", "secret"),
        PersistedState.Of<UserState>("UserGrain", "user"),
        PersistedState.Of<UserDirectoryState>("UserDirectoryGrain", "userDirectory"),
        PersistedState.Of<WebSessionState>("WebSessionGrain", "webSession"),
        PersistedState.Of<AdminAuditState>("AdminAuditGrain", "adminAudit"),
        PersistedState.Of<DataProtectionKeysState>("DataProtectionKeysGrain", "dataProtectionKeys"),
    ];

    /// <summary>The entry of a row type as the release before stored it: <c>&lt;grain type&gt;/&lt;state name&gt;</c>.</summary>
    public static PersistedState? ByLegacyType(string legacyType) =>
        All.FirstOrDefault(s => s.GrainType + "/" + s.StateName == legacyType);
}

/// <summary>One persisted state; <see cref="CarryAsync"/> writes a stored JSON payload through a grain storage.</summary>
public sealed record PersistedState(string GrainType, string StateName, Type StateType,
    Func<IGrainStorage, GrainId, string, Task> CarryAsync)
{
    public static PersistedState Of<T>(string grainType, string stateName) where T : new() =>
        new(grainType, stateName, typeof(T), async (storage, grainId, json) =>
        {
            var state = new CarriedState<T>(StateJsonSerializer.Deserialize<T>(Encoding.UTF8.GetBytes(json)));
            await storage.WriteStateAsync(stateName, grainId, state).ConfigureAwait(false);
        });

    public GrainId GrainId(string key) => Orleans.Runtime.GrainId.Create(GrainType, key);

    private sealed class CarriedState<T>(T state) : IGrainState<T>
    {
        [System.Diagnostics.CodeAnalysis.AllowNull]
        public T State { get; set; } = state;

        public string? ETag { get; set; }

        public bool RecordExists { get; set; }
    }
}

using Samoocena.LoadTests.Driver;

namespace Samoocena.LoadTests.Scenarios;

/// <summary>Scenario 2: a coordinator reads a cohort's assessment overview, then a ranking.</summary>
public static class CoordinatorScenario
{
    public const string CohortId = "load-cohort";
    public const string RankingPath = "/api/rankings/zielone-finanse/2024";
    public const string Cohort = "GET cohort";
    public const string Ranking = "GET ranking";

    public static string CohortPath => $"/api/cohorts/{CohortId}/assessments/{HotPathScenario.QuestionnaireId}";

    public static Scenario Create(VirtualUsers users, bool withCohort, bool withRanking)
    {
        var steps = new List<string>();
        if (withCohort) steps.Add(Cohort);
        if (withRanking) steps.Add(Ranking);
        return new Scenario("coordinator (cohort + ranking)", steps, async ctx =>
        {
            if (withCohort && !await ctx.StepAsync(Cohort, c => c.SendAsync(ApiSession.Authorized(HttpMethod.Get, CohortPath, users.CoordinatorToken))))
                return;
            if (withRanking)
                await ctx.StepAsync(Ranking, c => c.SendAsync(ApiSession.Authorized(HttpMethod.Get, RankingPath, users.CoordinatorToken)));
        });
    }
}

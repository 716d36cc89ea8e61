using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Samoocena.Tests.Assessments;
using Samoocena.Tests.Infrastructure;

namespace Samoocena.Tests.Cohorts;

/// <summary>A coordinator follows a programme cohort: who has started, submitted, closed; score distributions.</summary>
public abstract class CohortAssessmentsApiTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : AssessmentApiFactory
{
    private const string Karpacz = "0206011", Kowary = "0206021", Piechowice = "0206031", SzklarskaPoreba = "0206041";

    private static Dictionary<string, object> All(int level, bool yes) => new()
    {
        ["X1.1"] = level, ["X1.2"] = level, ["X1.3"] = yes, ["X2.1"] = level, ["X2.2"] = level, ["X2.3"] = level,
        ["X3.1"] = level, ["X3.2"] = level, ["Y1.1"] = level, ["Y1.2"] = level, ["Y2.1"] = level, ["Y2.2"] = level,
    };

    private async Task CloseWith(string teryt, Dictionary<string, object> answers)
    {
        using var member = await factory.UserAsync("jst", teryt);
        (await member.PutAsJsonAsync($"/api/assessments/reczny/{teryt}/responses/me", new { answers })).EnsureSuccessStatusCode();
        (await member.PostAsync($"/api/assessments/reczny/{teryt}/responses/me/submit", null)).EnsureSuccessStatusCode();
        (await member.PostAsync($"/api/assessments/reczny/{teryt}/close", null)).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Progress_and_distributions_of_a_cohort_match_a_hand_computation()
    {
        using var coordinator = await factory.UserAsync("coordinator");
        (await coordinator.PutAsJsonAsync("/api/cohorts/karkonosze",
            new { name = "Karkonosze", members = new[] { SzklarskaPoreba, Karpacz, Kowary, Piechowice } })).IsSuccessStatusCode.Should().BeTrue();
        // Karpacz: all 4 and yes → every theme 100. Kowary: all 2 and no → X1 (0.5 + 1 + 0)/4 = 37.5, X2 = X3 = Y1 = Y2 = 50,
        // area X (37.5·2 + 50 + 50)/4 = 43.75, Y 50, overall (43.75·2 + 50)/3 = 45.8333…
        await CloseWith(Karpacz, All(4, true));
        await CloseWith(Kowary, All(2, false));
        using (var drafting = await factory.UserAsync("jst", Piechowice))
            (await drafting.PutAsJsonAsync($"/api/assessments/reczny/{Piechowice}/responses/me",
                new { answers = new Dictionary<string, object> { ["X1.1"] = 1 } })).EnsureSuccessStatusCode();

        var view = await coordinator.GetFromJsonAsync<JsonElement>("/api/cohorts/karkonosze/assessments/reczny");

        view.GetProperty("size").GetInt32().Should().Be(4);
        view.GetProperty("counts").Deserialize<Dictionary<string, int>>().Should().Equal(new Dictionary<string, int>
            { ["not-started"] = 1, ["draft"] = 1, ["in-progress"] = 0, ["closed"] = 2 });
        view.GetProperty("members").EnumerateArray()
            .Select(m => (m.GetProperty("teryt").GetString(), m.GetProperty("status").GetString(), m.GetProperty("respondents").GetInt32()))
            .Should().Equal((Karpacz, "closed", 1), (Kowary, "closed", 1), (Piechowice, "draft", 1), (SzklarskaPoreba, "not-started", 0));
        var karpacz = view.GetProperty("members")[0];
        (karpacz.GetProperty("overall").GetDouble(), karpacz.GetProperty("level").GetString()).Should().Be((100, "wzorcowy"));

        // Overall over {45.8333, 100}: Q1 = 45.8333 + 0.25·54.1667 = 59.375, median 72.9167, Q3 86.4583.
        Distribution(view.GetProperty("overall")).Should().Be((2, 45.83, 59.38, 72.92, 86.46, 100, 72.92));
        var x1 = view.GetProperty("themes").EnumerateArray().Single(t => t.GetProperty("id").GetString() == "X1");
        Distribution(x1).Should().Be((2, 37.5, 53.13, 68.75, 84.38, 100, 68.75));
        var y = view.GetProperty("areas").EnumerateArray().Single(a => a.GetProperty("id").GetString() == "Y");
        Distribution(y).Should().Be((2, 50, 62.5, 75, 87.5, 100, 75));
    }

    [Fact]
    public async Task Unknown_cohort_or_questionnaire_is_404_and_jst_staff_get_403()
    {
        using var coordinator = await factory.UserAsync("coordinator");
        await (await coordinator.GetAsync("/api/cohorts/nie-ma-takiej/assessments/reczny")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        (await coordinator.PutAsJsonAsync("/api/cohorts/dwie", new { name = "Dwie", members = new[] { Karpacz } })).IsSuccessStatusCode.Should().BeTrue();
        await (await coordinator.GetAsync("/api/cohorts/dwie/assessments/nieznany")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        using var jst = await factory.UserAsync("jst", Karpacz);
        await (await jst.GetAsync("/api/cohorts/dwie/assessments/reczny")).ShouldBeProblemAsync(HttpStatusCode.Forbidden);
    }

    private static (int, double?, double?, double?, double?, double?, double?) Distribution(JsonElement d)
    {
        double? N(string name) => d.GetProperty(name).ValueKind == JsonValueKind.Null ? null : d.GetProperty(name).GetDouble();
        return (d.GetProperty("n").GetInt32(), N("min"), N("q1"), N("median"), N("q3"), N("max"), N("mean"));
    }
}

public sealed class SqliteCohortAssessmentsApiTests(SqliteAssessmentApi factory) : CohortAssessmentsApiTests<SqliteAssessmentApi>(factory);

public sealed class PostgresCohortAssessmentsApiTests(PostgresAssessmentApi factory) : CohortAssessmentsApiTests<PostgresAssessmentApi>(factory);

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Samoocena.Api.Demo;
using Samoocena.Questionnaires.Registry;
using Samoocena.Tests.Infrastructure;
using Samoocena.Tests.Rankings;

namespace Samoocena.Tests.Demo;

/// <summary>
/// A visitor can try the team work with the demo accounts: two members of Żórawina, whose assessment of the open demo
/// round is started by one of them (answers and notes), in a listed demo cohort; the older demo accounts still sign in.
/// </summary>
public sealed class TeamDemoApiTests(SqliteDemoApi factory) : IClassFixture<SqliteDemoApi>
{
    private const string Password = "Demo-Samoocena-2026!", Url = "/api/assessments/samoocena/0223092";

    private static async Task<JsonElement> Ok(Task<HttpResponseMessage> request)
    {
        var response = await request;
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Fact]
    public async Task Two_members_of_an_open_demo_assessment_in_a_listed_cohort_can_work_together()
    {
        DemoAssessments.Municipalities(MunicipalityRegistry.Load()).Should().NotContain(TeamDemoSeeder.Teryt,
            "the load tests skip every 60th gmina, which the demo closes; the team's gmina must stay open");
        using var first = await factory.SignedInAsync("demo-jst-1", Password);
        using var second = await factory.SignedInAsync("demo-jst-2", Password);

        var assessment = await Ok(first.GetAsync(Url));
        (assessment.GetProperty("name").GetString(), assessment.GetProperty("status").GetString(), assessment.GetProperty("round").GetString(),
            assessment.GetProperty("roundStatus").GetString(), assessment.GetProperty("demo").GetBoolean())
            .Should().Be(("Żórawina", "draft", "3", "open", true));

        var mine = await Ok(first.GetAsync($"{Url}/responses/me"));
        (mine.GetProperty("answered").GetInt32(), mine.GetProperty("status").GetString()).Should().Be((8, "draft"));
        mine.GetProperty("answers").GetProperty("T1.2").GetInt32().Should().Be(3);
        mine.GetProperty("notes").EnumerateObject().Select(n => n.Name).Should().Equal("T1.1", "T2.3");
        (await Ok(second.GetAsync($"{Url}/responses/me"))).GetProperty("answered").GetInt32().Should().Be(0);

        // The second member fills in (the round is open) and sees the first's answers for the consensus.
        await Ok(second.PutAsJsonAsync($"{Url}/responses/me", new { answers = new Dictionary<string, object> { ["T1.1"] = 4 } }));
        var team = (await Ok(second.GetAsync($"{Url}/responses"))).EnumerateArray()
            .Select(m => (m.GetProperty("login").GetString(), m.GetProperty("displayName").GetString(), m.GetProperty("answered").GetInt32()));
        team.Should().Equal(("demo-jst-1", "Anna Nowak, Żórawina (dane demonstracyjne)", 8), ("demo-jst-2", "Piotr Wiśniewski, Żórawina (dane demonstracyjne)", 1));

        using var coordinator = await factory.SignedInAsync("demo-koordynator", Password);
        var cohort = (await Ok(coordinator.GetAsync("/api/cohorts"))).EnumerateArray().Single(c => c.GetProperty("id").GetString() == "demo-dolny-slask");
        cohort.GetProperty("name").GetString().Should().Be("Program demonstracyjny „Samoocena na Dolnym Śląsku” (dane demonstracyjne)");
        cohort.GetProperty("members").EnumerateArray().Select(m => m.GetString()).Should().Contain(["0223092", "0201011"]);
        (await coordinator.GetAsync("/api/cohorts/demo-dolny-slask/assessments/samoocena")).StatusCode.Should().Be(HttpStatusCode.OK);
        // The gmina's staff learn which cohorts it belongs to (a comparison group they may choose), without listing all cohorts.
        (await Ok(first.GetAsync("/api/municipalities/0223092/cohorts"))).GetRawText().Should().Be(
            """[{"id":"demo-dolny-slask","name":"Program demonstracyjny „Samoocena na Dolnym Śląsku” (dane demonstracyjne)"}]""");
        (await Ok(first.GetAsync("/api/municipalities/0223043/cohorts"))).GetRawText().Should().Be("[]");
        (await first.GetAsync("/api/municipalities/9999999/cohorts")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        // The accounts of before keep working.
        foreach (var login in new[] { "demo-jst-0201011", "demo-jst-0209052" })
            using (var old = await factory.SignedInAsync(login, Password))
                (await old.GetAsync("/api/auth/session")).StatusCode.Should().Be(HttpStatusCode.OK);
    }
}

/// <summary>A visitor can try the jury too: an open demo edition where jury01 and jury02 have not scored yet.</summary>
public sealed class AwardDemoApiTests(SqliteDemoApi factory) : IClassFixture<SqliteDemoApi>
{
    [Fact]
    public async Task An_open_demo_award_edition_is_listed_for_its_jurors_with_two_who_have_not_scored_yet()
    {
        using var juror = await factory.SignedInAsync("jury01", "Demo-Samoocena-2026!");
        var awards = await juror.GetFromJsonAsync<JsonElement>("/api/awards");
        awards.EnumerateArray().Select(a => (a.GetProperty("id").GetString(), a.GetProperty("status").GetString()))
            .Should().Equal(("zlote-lajki-demo", "closed"), (DemoAwardSeeder.OpenEditionId, "open"));
        (await juror.GetFromJsonAsync<JsonElement>($"/api/awards/{DemoAwardSeeder.OpenEditionId}/scores/me")).GetArrayLength().Should().Be(0);

        using var coordinator = await factory.SignedInAsync("demo-koordynator", "Demo-Samoocena-2026!");
        var progress = await coordinator.GetFromJsonAsync<JsonElement>($"/api/awards/{DemoAwardSeeder.OpenEditionId}/progress");
        progress.GetProperty("closed").GetBoolean().Should().BeFalse();
        var byJuror = progress.GetProperty("jurors").EnumerateArray().ToDictionary(j => j.GetProperty("login").GetString()!, j => j.GetProperty("completeSheets").GetInt32());
        byJuror["jury01"].Should().Be(0);
        byJuror["jury02"].Should().Be(0);
        byJuror.Where(j => j.Key is not ("jury01" or "jury02")).Should().OnlyContain(j => j.Value > 0);
    }
}

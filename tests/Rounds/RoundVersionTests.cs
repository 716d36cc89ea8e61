using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Samoocena.Questionnaires.Definitions;
using Samoocena.Silo.Grains.Assessments;
using Samoocena.Silo.Grains.Errors;
using Samoocena.Silo.Grains.Rounds;
using Samoocena.Silo.Hosting;
using Samoocena.Tests.Assessments;
using Samoocena.Tests.Infrastructure;
using Samoocena.Tests.Questionnaires;

namespace Samoocena.Tests.Rounds;

/// <summary>A round pins the definition version it was opened with, on both databases, across a catalogue change and a restart.</summary>
public sealed class RoundVersionTests
{
    private static readonly ManualTimeProvider Clock = new(new DateTimeOffset(2025, 6, 15, 10, 0, 0, TimeSpan.Zero));

    private static async Task<IHost> StartAsync(StorageKind kind, string serviceId, string sqlitePath, QuestionnaireCatalog catalog)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton<TimeProvider>(Clock);
        builder.Services.AddSingleton(catalog);
        builder.AddSamoocenaSilo(TestDatabases.Storage(kind, serviceId, sqlitePath));
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static Dictionary<string, JsonElement> Answers(params (string Id, object? Value)[] answers) =>
        answers.ToDictionary(a => a.Id, a => JsonSerializer.SerializeToElement(a.Value));

    [Theory]
    [InlineData(StorageKind.Sqlite)]
    [InlineData(StorageKind.Postgres)]
    public async Task A_round_pinned_to_v1_keeps_scoring_with_v1_after_v2_is_added(StorageKind kind)
    {
        var serviceId = TestDatabases.NewServiceId();
        var path = TestDatabases.NewSqlitePath();
        var v1 = AssessmentTestCatalog.Optional("rundy-wersje");
        // Version 2 doubles the weight of X1.1 and adds X1.4: the same answers score differently on it.
        var v2 = v1 with
        {
            Version = 2,
            Areas = [v1.Areas[0] with { Themes = [v1.Areas[0].Themes[0] with { Questions = [TestQuestionnaire.Scale("X1.1", weight: 2) with { Required = false }, .. v1.Areas[0].Themes[0].Questions.Skip(1), TestQuestionnaire.Scale("X1.4") with { Required = false }] }, .. v1.Areas[0].Themes.Skip(1)] }, v1.Areas[1]],
        };
        await using (var first = new HostScope(await StartAsync(kind, serviceId, path, AssessmentTestCatalog.Create(v1))))
        {
            var rounds = first.Grains.GetGrain<IQuestionnaireRoundsGrain>("rundy-wersje");
            (await rounds.PutAsync("2025", "Runda 2025", new DateOnly(2025, 6, 1), new DateOnly(2025, 12, 31), "koordynator")).Round.DefinitionVersion.Should().Be(1);
        }

        await using var second = new HostScope(await StartAsync(kind, serviceId, path, AssessmentTestCatalog.Create(v1, v2)));
        var all = await second.Grains.GetGrain<IQuestionnaireRoundsGrain>("rundy-wersje").GetAsync();
        all.Rounds.Select(r => $"{r.Id} v{r.DefinitionVersion}").Should().Equal("1 v1", "2025 v1");
        // An assessment started after v2 arrived, in the round opened on v1: validated and scored on v1.
        var pinned = second.Grains.GetGrain<IAssessmentGrain>(new AssessmentKey("rundy-wersje", "0201011", "2025").ToString());
        var saved = await pinned.SaveResponseAsync("anna", Answers(("X1.1", 4), ("X1.2", 0), ("X1.3", true)));
        (saved.Version, saved.Total).Should().Be((1, 13));
        (await pinned.Invoking(g => g.SaveResponseAsync("anna", Answers(("X1.4", 2)))).Should().ThrowAsync<ValidationException>())
            .Which.Errors.Keys.Should().Equal("answers.X1.4");
        await pinned.SubmitAsync("anna");
        // v1: X1 = 100·(1·4/4 + 2·0 + 1·1)/4 = 50 (v2 would give 100·(2·1 + 0 + 1)/5 = 60).
        var view = await pinned.GetAsync();
        (view.Version, view.Round, view.Score.Themes.Single(t => t.Id == "X1").Score).Should().Be((1, "2025", 50.0));

        // The next round opened now pins v2.
        var next = await second.Grains.GetGrain<IQuestionnaireRoundsGrain>("rundy-wersje")
            .PutAsync("2026", "Runda 2026", new DateOnly(2025, 6, 15), new DateOnly(2026, 6, 30), "koordynator");
        next.Round.DefinitionVersion.Should().Be(2);
        var later = second.Grains.GetGrain<IAssessmentGrain>(new AssessmentKey("rundy-wersje", "0201011", "2026").ToString());
        (await later.SaveResponseAsync("anna", Answers(("X1.4", 2)))).Version.Should().Be(2);
    }

    private sealed class HostScope(IHost host) : IAsyncDisposable
    {
        public IGrainFactory Grains => host.Services.GetRequiredService<IGrainFactory>();

        public async ValueTask DisposeAsync()
        {
            await host.StopAsync();
            host.Dispose();
        }
    }
}

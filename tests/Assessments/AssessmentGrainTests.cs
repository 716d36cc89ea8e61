using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Samoocena.Silo.Hosting;
using Samoocena.Questionnaires.Definitions;
using Samoocena.Silo.Grains.Assessments;
using Samoocena.Silo.Grains.Errors;
using Samoocena.Tests.Infrastructure;
using Samoocena.Tests.Questionnaires;

namespace Samoocena.Tests.Assessments;

/// <summary>Grain-level rules that need a catalogue swapped between runs: version pinning, and the paged audit trail.</summary>
public sealed class AssessmentGrainTests
{
    private static async Task<IHost> StartAsync(string serviceId, string sqlitePath, QuestionnaireCatalog catalog)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton(catalog);
        builder.AddSamoocenaSilo(TestDatabases.Storage(StorageKind.Sqlite, serviceId, sqlitePath));
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    private static Dictionary<string, JsonElement> Answers(params (string Id, object? Value)[] answers) =>
        answers.ToDictionary(a => a.Id, a => JsonSerializer.SerializeToElement(a.Value));

    [Fact]
    public async Task A_new_definition_version_does_not_change_a_started_assessment()
    {
        var serviceId = TestDatabases.NewServiceId();
        var path = TestDatabases.NewSqlitePath();
        var v1 = AssessmentTestCatalog.Optional("wersje");
        // Version 2 adds a question to X1 and drops Y1.3: a v1 assessment must neither accept nor lose answers because of it.
        var v2 = v1 with
        {
            Version = 2,
            Areas = [v1.Areas[0] with { Themes = [v1.Areas[0].Themes[0] with { Questions = [.. v1.Areas[0].Themes[0].Questions, TestQuestionnaire.Scale("X1.4") with { Required = false }] }, .. v1.Areas[0].Themes.Skip(1)] }, v1.Areas[1]],
        };

        await using (var first = new HostScope(await StartAsync(serviceId, path, AssessmentTestCatalog.Create(v1))))
        {
            var started = first.Grains.GetGrain<IAssessmentGrain>("wersje/0201011");
            (await started.SaveResponseAsync("anna", Answers(("X1.1", 3), ("Y1.3", "uwaga")))).Version.Should().Be(1);
        }

        await using var second = new HostScope(await StartAsync(serviceId, path, AssessmentTestCatalog.Create(v1, v2)));
        var assessment = second.Grains.GetGrain<IAssessmentGrain>("wersje/0201011");
        var resumed = await assessment.GetResponseAsync("anna");
        (resumed.Version, resumed.Total, resumed.Answers["X1.1"].Number, resumed.Answers["Y1.3"].Text).Should().Be((1, 13, 3.0, "uwaga"));
        var refused = await assessment.Invoking(g => g.SaveResponseAsync("anna", Answers(("X1.4", 2)))).Should().ThrowAsync<ValidationException>();
        refused.Which.Errors.Keys.Should().Equal("answers.X1.4");
        (await assessment.GetAsync()).Version.Should().Be(1);

        var fresh = await second.Grains.GetGrain<IAssessmentGrain>("wersje/0201022").SaveResponseAsync("jan", Answers(("X1.4", 2)));
        (fresh.Version, fresh.Total).Should().Be((2, 14));
    }

    [Fact]
    public async Task Audit_trail_keeps_every_change_across_sealed_pages_in_order()
    {
        await using var scope = new HostScope(await StartAsync(TestDatabases.NewServiceId(), TestDatabases.NewSqlitePath(), AssessmentTestCatalog.Create()));
        var grain = scope.Grains.GetGrain<IAssessmentGrain>("reczny/0201011");
        // 450 alternating saves of X1.1: 0,1,0,1,… → 450 answer.set entries plus one version.pin = 451, over two sealed pages.
        for (var i = 0; i < 450; i++) await grain.SaveResponseAsync("anna", Answers(("X1.1", i % 2)));

        var audit = await grain.GetAuditAsync();

        audit.Should().HaveCount(451);
        audit.Count(e => e.Action == "version.pin").Should().Be(1);
        var changes = audit.Where(e => e.Action == "answer.set").ToArray();
        changes[0].Should().Match<Samoocena.Silo.Grains.Audit.AuditEntry>(e => e.OldValue == null && e.NewValue == "0" && e.User == "anna" && e.Target == "X1.1");
        changes.Skip(1).Select((e, i) => (e.OldValue, e.NewValue)).Should().OnlyContain(p => p.OldValue != p.NewValue);
        changes[449].Should().Match<Samoocena.Silo.Grains.Audit.AuditEntry>(e => e.OldValue == "0" && e.NewValue == "1");
        // Saving the same value again changes nothing and records nothing.
        await grain.SaveResponseAsync("anna", Answers(("X1.1", 1)));
        (await grain.GetAuditAsync()).Should().HaveCount(451);
    }

    [Fact]
    public async Task A_view_is_handed_out_as_the_same_instance_until_what_it_shows_changes()
    {
        await using var scope = new HostScope(await StartAsync(TestDatabases.NewServiceId(), TestDatabases.NewSqlitePath(), AssessmentTestCatalog.Create()));
        var grain = scope.Grains.GetGrain<IAssessmentGrain>("reczny/0201022");
        await grain.SaveResponseAsync("anna", Answers(("X1.1", 1)));
        var first = await grain.GetAsync();

        // A draft change by a member who has already answered shows nothing new: the same instance, to callers on this node.
        await grain.SaveResponseAsync("anna", Answers(("X1.1", 2), ("X3.1", 4)));
        (await grain.GetAsync()).Should().BeSameAs(first);

        // A second member's first answer changes the team size: a new view.
        await grain.SaveResponseAsync("jan", Answers(("X1.1", 0)));
        var two = await grain.GetAsync();
        two.Should().NotBeSameAs(first);
        (first.Respondents, two.Respondents, two.Score).Should().Be((1, 2, first.Score));

        // Submitting changes the score: a new view with the member's answers in it.
        await grain.SubmitAsync("anna");
        var submitted = await grain.GetAsync();
        submitted.Should().NotBeSameAs(two);
        (submitted.Submitted, submitted.Score.Questions.Single(q => q.QuestionId == "X1.1").Value).Should().Be((1, (double?)2.0));
        (await grain.GetAsync()).Should().BeSameAs(submitted);
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

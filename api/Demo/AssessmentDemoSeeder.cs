using Samoocena.Api.Features.Questionnaires;
using Samoocena.Questionnaires.Registry;
using Samoocena.Silo.Grains.Assessments;
using Samoocena.Silo.Grains.Errors;
using Samoocena.Silo.Grains.Rounds;
using Samoocena.Silo.Grains.Users;

namespace Samoocena.Api.Demo;

/// <summary>
/// Demo data for the self-assessment (labelled <c>demo: true</c>): ~40 closed <c>samoocena</c> assessments
/// (<see cref="DemoAssessments"/>), demo JST users of the first two of those gminas (<c>demo-jst-&lt;teryt&gt;</c>)
/// and the coordinator <c>demo-koordynator</c>, all with the password <see cref="Password"/>. Rounds: <c>1</c> and <c>2</c>
/// closed (the same gminas, round 2 visibly better), <c>3</c> open since 30 days and closing in 60 for the demo JST
/// accounts to fill. The demo rounds are dated again from the injected clock at every start, so the demo never expires.
/// </summary>
public sealed class AssessmentDemoSeeder : IDemoSeeder
{
    public const string QuestionnaireId = "samoocena";
    public const string Password = "Demo-Samoocena-2026!";
    public const string Coordinator = "demo-koordynator";
    private const int Parallelism = 8;

    public int Order => 20;

    public string Name => "samoocena";

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var grains = services.GetRequiredService<IGrainFactory>();
        var registry = services.GetRequiredService<MunicipalityRegistry>();
        var definition = QuestionnaireDefinitions.Catalog(services).Latest(QuestionnaireId);
        if (definition is null) return;
        var teryts = DemoAssessments.Municipalities(registry);

        await EnsureUserAsync(grains, new UserAccount(Coordinator, Roles.Coordinator, null, "Koordynator (dane demonstracyjne)"));
        foreach (var teryt in teryts.Take(2))
            await EnsureUserAsync(grains, new UserAccount($"demo-jst-{teryt}", Roles.Jst, teryt, $"JST {registry.Find(teryt)!.Name} (dane demonstracyjne)"));

        await EnsureRoundsAsync(grains, RoundCalendar.Today(services.GetRequiredService<TimeProvider>()));
        foreach (var round in new[] { 1, 2 })
        {
            var roundId = round.ToString(System.Globalization.CultureInfo.InvariantCulture);
            var known = (await grains.GetGrain<IQuestionnaireResultsGrain>(AssessmentKey.ResultsKeyOf(QuestionnaireId, roundId)).GetAllAsync()).Assessments;
            var missing = teryts.Where(t => !known.ContainsKey(t)).ToArray();
            // Different gminas are different grains: load them a batch at a time, in parallel.
            foreach (var batch in missing.Chunk(Parallelism))
            {
                cancellationToken.ThrowIfCancellationRequested();
                await Task.WhenAll(batch.Select(teryt =>
                {
                    var team = DemoAssessments.For(teryt, definition, round);
                    return grains.GetGrain<IAssessmentGrain>(new AssessmentKey(QuestionnaireId, teryt, roundId).ToString())
                        .SeedDemoAsync(team.Members, team.Consensus);
                }));
            }
        }
    }

    /// <summary>The demo rounds, (re)dated from today: two closed a year apart, one open since 30 days, closing in 60.</summary>
    public static IReadOnlyList<(string Id, string Title, int OpensIn, int ClosesIn)> Rounds { get; } =
    [
        ("1", "Runda 1 (dane demonstracyjne)", -760, -700),
        ("2", "Runda 2 (dane demonstracyjne)", -395, -335),
        ("3", "Runda 3 (dane demonstracyjne)", -30, 60),
    ];

    private static async Task EnsureRoundsAsync(IGrainFactory grains, DateOnly today)
    {
        var rounds = grains.GetGrain<IQuestionnaireRoundsGrain>(QuestionnaireId);
        var stored = await rounds.GetAsync();
        foreach (var (id, title, opensIn, closesIn) in Rounds)
        {
            // A round a coordinator opened (not demo) is left alone; the implicit round 1 has no dates yet.
            if (stored.Find(id) is { Demo: false, OpensOn: not null }) continue;
            await rounds.PutAsync(id, title, today.AddDays(opensIn), today.AddDays(closesIn), "system", demo: true);
        }
    }

    private static async Task EnsureUserAsync(IGrainFactory grains, UserAccount account)
    {
        var user = grains.GetGrain<IUserGrain>(account.Login);
        if (await user.GetAsync() is not null) return;
        try
        {
            await user.CreateAsync(account, Password);
        }
        catch (ConflictException)
        {
            // Another node created it first.
        }
    }
}

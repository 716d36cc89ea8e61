using Samoocena.Api.Features.Questionnaires;
using Samoocena.Questionnaires.Registry;
using Samoocena.Silo.Grains.Assessments;
using Samoocena.Silo.Grains.Errors;
using Samoocena.Silo.Grains.Users;

namespace Samoocena.Api.Demo;

/// <summary>
/// Demo data for the self-assessment (labelled <c>demo: true</c>): ~40 closed <c>samoocena</c> assessments
/// (<see cref="DemoAssessments"/>), demo JST users of the first two of those gminas (<c>demo-jst-&lt;teryt&gt;</c>)
/// and the coordinator <c>demo-koordynator</c>, all with the password <see cref="Password"/>.
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

        var known = (await grains.GetGrain<IQuestionnaireResultsGrain>(QuestionnaireId).GetAllAsync()).Assessments;
        var missing = teryts.Where(t => !known.ContainsKey(t)).ToArray();
        // Different gminas are different grains: load them a batch at a time, in parallel.
        foreach (var batch in missing.Chunk(Parallelism))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await Task.WhenAll(batch.Select(teryt =>
            {
                var team = DemoAssessments.For(teryt, definition);
                return grains.GetGrain<IAssessmentGrain>(new AssessmentKey(QuestionnaireId, teryt).ToString())
                    .SeedDemoAsync(team.Members, team.Consensus);
            }));
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

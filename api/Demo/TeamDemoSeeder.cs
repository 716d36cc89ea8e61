using Samoocena.Questionnaires.Registry;
using Samoocena.Questionnaires.Scoring;
using Samoocena.Silo.Grains.Assessments;
using Samoocena.Silo.Grains.Cohorts;
using Samoocena.Silo.Grains.Errors;
using Samoocena.Silo.Grains.Users;

namespace Samoocena.Api.Demo;

/// <summary>
/// A team a visitor can try (labelled demo data): two JST members of Żórawina (<see cref="Teryt"/>, a gmina the closed
/// demo assessments leave out: not every 60th), <see cref="FirstMember"/> and <see cref="SecondMember"/> with the demo
/// password, whose <c>samoocena</c> assessment of the open demo round has <see cref="FirstMember"/>'s unfinished response
/// (part of the questions answered, with notes) and nothing from <see cref="SecondMember"/>; and the demo cohort
/// <see cref="CohortId"/> of Żórawina and the closed demo gminas of its voivodeship. Runs after
/// <see cref="AssessmentDemoSeeder"/> (which dates the rounds); idempotent: what a visitor changed stays.
/// </summary>
public sealed class TeamDemoSeeder : IDemoSeeder
{
    public const string Teryt = "0223092";
    public const string FirstMember = "demo-jst-1";
    public const string SecondMember = "demo-jst-2";
    public const string CohortId = "demo-dolny-slask";
    public const string CohortName = "Program demonstracyjny „Samoocena na Dolnym Śląsku” (dane demonstracyjne)";

    /// <summary>The open demo round the team fills (the last of <see cref="AssessmentDemoSeeder.Rounds"/>).</summary>
    public static string Round => AssessmentDemoSeeder.Rounds[^1].Id;

    public static IReadOnlyDictionary<string, Answer> Answers { get; } = new Dictionary<string, Answer>(StringComparer.Ordinal)
    {
        ["T1.1"] = Answer.Of(2), ["T1.2"] = Answer.Of(3), ["T1.3"] = Answer.Of(1), ["T1.4"] = Answer.Of(2), ["T1.5"] = Answer.Of(1),
        ["T2.1"] = Answer.Of(1), ["T2.2"] = Answer.Of(2), ["T2.3"] = Answer.Of(0),
    };

    public static IReadOnlyDictionary<string, string> Notes { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["T1.1"] = "Przykład notatki: strategia rozwoju gminy na lata 2021–2030 przyjęta uchwałą rady gminy; monitoring raz w roku (dane demonstracyjne).",
        ["T2.3"] = "Przykład notatki: brak wspólnych inwestycji z sąsiednimi gminami w ostatnich 3 latach (dane demonstracyjne).",
    };

    public int Order => 25;

    public string Name => "zespol-demo";

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var grains = services.GetRequiredService<IGrainFactory>();
        var registry = services.GetRequiredService<MunicipalityRegistry>();
        if (registry.Find(Teryt) is not { } gmina) return;
        await EnsureUserAsync(grains, new UserAccount(FirstMember, Roles.Jst, Teryt, $"Anna Nowak, {gmina.Name} (dane demonstracyjne)"));
        await EnsureUserAsync(grains, new UserAccount(SecondMember, Roles.Jst, Teryt, $"Piotr Wiśniewski, {gmina.Name} (dane demonstracyjne)"));

        var assessment = grains.GetGrain<IAssessmentGrain>(new AssessmentKey(AssessmentDemoSeeder.QuestionnaireId, Teryt, Round).ToString());
        await assessment.SeedDemoDraftAsync(FirstMember, Answers, Notes);

        var cohort = grains.GetGrain<ICohortGrain>(CohortId);
        if (await cohort.GetAsync() is null)
        {
            var members = DemoAssessments.Municipalities(registry).Where(t => t[..2] == Teryt[..2]).Append(Teryt).ToArray();
            await cohort.PutAsync(CohortName, members, "system");
        }
    }

    private static async Task EnsureUserAsync(IGrainFactory grains, UserAccount account)
    {
        var user = grains.GetGrain<IUserGrain>(account.Login);
        if (await user.GetAsync() is not null) return;
        try
        {
            await user.CreateAsync(account, AssessmentDemoSeeder.Password);
        }
        catch (ConflictException)
        {
            // Another node created it first.
        }
    }
}

using Samoocena.Questionnaires.Demo;
using Samoocena.Silo.Grains.Awards;
using Samoocena.Silo.Grains.Users;

namespace Samoocena.Api.Demo;

/// <summary>
/// The demo award edition (<see cref="DemoAwardSheets.Award"/>): creates its jury users (password
/// <see cref="JurorPassword"/>, demo accounts only), defines the edition, enters the synthetic sheets and closes
/// the vote, so results are visible at once. Skipped when the edition is already closed.
/// </summary>
public sealed class DemoAwardSeeder : IDemoSeeder
{
    /// <summary>The fixed, documented password of the demo jurors (never used for real accounts).</summary>
    public const string JurorPassword = "Demo-Samoocena-2026!";

    public int Order => 50;

    public string Name => "awards";

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var grains = services.GetRequiredService<IGrainFactory>();
        var award = DemoAwardSheets.Award();
        var grain = grains.GetGrain<IAwardGrain>(award.Id);
        if (await grain.GetAsync() is { ClosedAt: not null })
        {
            await SeedOpenEditionAsync(grains, award, cancellationToken);
            return;
        }

        foreach (var juror in award.Jurors)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var user = grains.GetGrain<IUserGrain>(juror.Login);
            if (await user.GetAsync() is null)
                await user.CreateAsync(new UserAccount(juror.Login, Roles.Jury, juror.Teryt, $"Juror demonstracyjny {juror.Login}"), JurorPassword);
        }
        // A half-finished earlier start may have left scores: redefining the same edition is then still allowed.
        await grain.DefineAsync(award, "system");
        foreach (var sheet in DemoAwardSheets.For(award))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await grain.ScoreAsync(sheet.Juror, sheet.NomineeId, sheet.Scores.ToDictionary(s => s.Key, s => (int?)s.Value));
        }
        await grain.CloseAsync("system");
        await SeedOpenEditionAsync(grains, award, cancellationToken);
    }

    /// <summary>The id of the open demo edition, which visitors can score as a juror.</summary>
    public const string OpenEditionId = "zlote-lajki-demo-otwarta";

    /// <summary>
    /// An open edition with the same nominees and jury, so a visitor can try scoring: every juror except
    /// <see cref="TryingJurors"/> has entered complete sheets, those two nothing yet (the coordinator sees them
    /// incomplete). Defined once; a visitor's scores are never overwritten at a later start.
    /// </summary>
    private static async Task SeedOpenEditionAsync(IGrainFactory grains, Samoocena.Questionnaires.Awards.AwardDefinition closed, CancellationToken cancellationToken)
    {
        var grain = grains.GetGrain<IAwardGrain>(OpenEditionId);
        if (await grain.GetAsync() is not null) return;
        var open = closed with { Id = OpenEditionId, Title = "Złote Lajki – edycja próbna, ocenianie otwarte (dane demonstracyjne)" };
        await grain.DefineAsync(open, "system");
        foreach (var sheet in DemoAwardSheets.For(open).Where(s => !TryingJurors.Contains(s.Juror)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            await grain.ScoreAsync(sheet.Juror, sheet.NomineeId, sheet.Scores.ToDictionary(s => s.Key, s => (int?)s.Value));
        }
    }

    /// <summary>The demo jurors who have not scored the open edition yet (to try it).</summary>
    public static readonly IReadOnlySet<string> TryingJurors = new HashSet<string>(StringComparer.Ordinal) { "jury01", "jury02" };
}

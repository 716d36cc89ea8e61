using Samoocena.Api.Demo;
using Samoocena.Questionnaires.Awards;
using Samoocena.Questionnaires.Demo;
using Samoocena.Silo.Grains.Awards;
using Samoocena.Silo.Grains.Users;
using Samoocena.Tests.Infrastructure;

namespace Samoocena.Tests.Awards;

public class DemoAwardSeederTests
{
    [Theory]
    [InlineData(StorageKind.Sqlite)]
    [InlineData(StorageKind.Postgres)]
    public async Task Demo_award_is_closed_with_the_results_of_its_synthetic_sheets_and_seeding_twice_changes_nothing(StorageKind kind)
    {
        await using var silo = await SiloHarness.StartAsync(kind, TestDatabases.NewServiceId(), TestDatabases.NewSqlitePath());
        var seeder = new DemoAwardSeeder();
        await seeder.SeedAsync(silo.Services, CancellationToken.None);
        var award = DemoAwardSheets.Award();
        var grain = silo.Grains.GetGrain<IAwardGrain>(award.Id);
        var first = await grain.GetResultsAsync();

        await seeder.SeedAsync(silo.Services, CancellationToken.None);

        var again = await grain.GetResultsAsync();
        again.ClosedAt.Should().Be(first.ClosedAt);
        var expected = AwardResults.Compute(award, DemoAwardSheets.For(award));
        again.Results.Should().BeEquivalentTo(expected, o => o.WithStrictOrdering());
        again.Results.Select(r => r.Category).Should().Equal("mnpp", "miasta", "wlodarze");
        // jury03 (Kalisz) and jury05 (Jawor) did not score their own municipality.
        var audit = await grain.GetAuditAsync();
        audit.Sheets!.Should().NotContain(sh => (sh.Juror == "jury03" && sh.NomineeId == "mnpp-kalisz") || (sh.Juror == "jury05" && sh.NomineeId == "miasta-jawor"));
        audit.Sheets!.Should().HaveCount(6 * 16 - 2);
        var juror = await silo.Grains.GetGrain<IUserGrain>("jury03").SignInAsync(DemoAwardSeeder.JurorPassword);
        juror.Should().Be(new UserAccount("jury03", Roles.Jury, "3061011", "Juror demonstracyjny jury03"));
    }
}

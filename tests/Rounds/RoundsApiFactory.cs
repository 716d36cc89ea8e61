using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Samoocena.Tests.Assessments;
using Samoocena.Tests.Infrastructure;

namespace Samoocena.Tests.Rounds;

/// <summary>
/// The real API with the test questionnaires and a clock at 2025-06-15 12:00 Warsaw time (10:00 UTC), so that round
/// dates give known statuses.
/// </summary>
public class RoundsApiFactory(StorageKind kind) : ApiFactory(kind, time: new ManualTimeProvider(new DateTimeOffset(2025, 6, 15, 10, 0, 0, TimeSpan.Zero)))
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton(AssessmentTestCatalog.Create(AssessmentTestCatalog.Optional("rundy"))));
    }
}

public sealed class SqliteRoundsApi() : RoundsApiFactory(StorageKind.Sqlite);

public sealed class PostgresRoundsApi() : RoundsApiFactory(StorageKind.Postgres);

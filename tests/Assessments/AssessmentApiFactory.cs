using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Samoocena.Tests.Infrastructure;

namespace Samoocena.Tests.Assessments;

/// <summary>The real API with the test questionnaires added to the catalogue (a DI singleton the API and grains prefer).</summary>
public class AssessmentApiFactory(StorageKind kind) : ApiFactory(kind)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton(AssessmentTestCatalog.Create()));
    }
}

public sealed class SqliteAssessmentApi() : AssessmentApiFactory(StorageKind.Sqlite);

public sealed class PostgresAssessmentApi() : AssessmentApiFactory(StorageKind.Postgres);

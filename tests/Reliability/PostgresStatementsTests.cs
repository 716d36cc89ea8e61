using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Samoocena.Silo.Storage;
using Samoocena.Tests.Infrastructure;

namespace Samoocena.Tests.Reliability;

/// <summary>A node's PostgreSQL connections prepare their repeated statements unless the operator's connection string says otherwise.</summary>
public sealed class PostgresStatementsTests
{
    [Fact]
    public void A_connection_string_without_a_setting_gets_64_prepared_statements_and_keeps_the_rest()
    {
        var result = new NpgsqlConnectionStringBuilder(
            PostgresStatements.WithAutoPrepare("Host=db.example;Port=5433;Username=app;Password=s3cret;Database=samoocena;Maximum Pool Size=100"));

        result.MaxAutoPrepare.Should().Be(64);
        (result.Host, result.Port, result.Username, result.Password, result.Database, result.MaxPoolSize)
            .Should().Be(("db.example", 5433, "app", "s3cret", "samoocena", 100));
    }

    [Theory]
    [InlineData("Host=db;Max Auto Prepare=0")]
    [InlineData("Host=db;MaxAutoPrepare=10")]
    [InlineData("Host=db;max auto prepare=5;Database=x")]
    public void The_operators_own_setting_is_kept_as_written(string connectionString) =>
        PostgresStatements.WithAutoPrepare(connectionString).Should().Be(connectionString);

    [Fact]
    public async Task A_silo_on_PostgreSQL_runs_with_prepared_statements()
    {
        await using var silo = await SiloHarness.StartAsync(StorageKind.Postgres, TestDatabases.NewServiceId(), TestDatabases.NewSqlitePath());

        var used = silo.Services.GetRequiredService<StorageSettings>().ConnectionString;

        new NpgsqlConnectionStringBuilder(used).MaxAutoPrepare.Should().Be(64);
        new NpgsqlConnectionStringBuilder(TestDatabases.PostgresConnectionString).MaxAutoPrepare.Should().Be(0);
    }
}

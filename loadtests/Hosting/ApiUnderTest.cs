using System.Security.Cryptography;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Samoocena.Api.Hosting;

namespace Samoocena.LoadTests.Hosting;

/// <summary>
/// The API started in this process exactly as api/Program.cs builds it (AddSamoocena / UseSamoocena), on Kestrel
/// at http://127.0.0.1:&lt;free port&gt;, with demo data, a known admin password and a fresh store: a new SQLite
/// file in a temporary directory, or PostgreSQL (SAMOOCENA_POSTGRES, else a throwaway server). In-process keeps
/// the run to one command and one process to measure; the driver shares the CPU with the server as it would
/// with a separate process on the same two cores.
/// </summary>
public sealed class ApiUnderTest : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _directory;
    private readonly ThrowawayPostgres? _postgres;

    private ApiUnderTest(WebApplication app, string directory, ThrowawayPostgres? postgres, Uri baseAddress, string adminPassword, string storage)
    {
        _app = app;
        _directory = directory;
        _postgres = postgres;
        BaseAddress = baseAddress;
        AdminPassword = adminPassword;
        Storage = storage;
    }

    public Uri BaseAddress { get; }

    public string AdminPassword { get; }

    /// <summary>"SQLite (file …)" or "PostgreSQL (…)", for the report.</summary>
    public string Storage { get; }

    /// <summary>Seconds from build to listening, demo data included (hosted services finish before Kestrel listens).</summary>
    public double StartupSeconds { get; private init; }

    public IServiceProvider Services => _app.Services;

    public static async Task<ApiUnderTest> StartAsync(bool postgres)
    {
        var started = TimeProvider.System.GetTimestamp();
        var directory = Directory.CreateTempSubdirectory("samoocena-load-").FullName;
        ThrowawayPostgres? server = null;
        var connection = Environment.GetEnvironmentVariable("SAMOOCENA_POSTGRES");
        if (postgres && string.IsNullOrWhiteSpace(connection))
        {
            server = await ThrowawayPostgres.StartAsync();
            connection = server.ConnectionString;
        }
        var password = Convert.ToHexString(RandomNumberGenerator.GetBytes(12));
        // The content root is watched for appsettings changes; a store inside it would wake the watcher on every write.
        var contentRoot = Directory.CreateDirectory(Path.Combine(directory, "content")).FullName;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = contentRoot, EnvironmentName = "Production" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["SAMOOCENA_DB"] = Path.Combine(directory, "data", "samoocena.db"),
            ["SAMOOCENA_POSTGRES"] = postgres ? connection : "",
            ["SAMOOCENA_DEMO_DATA"] = "1",
            ["SAMOOCENA_ADMIN_PASSWORD"] = password,
            ["SAMOOCENA_SERVICE_ID"] = $"load-{Guid.NewGuid():N}",
        });
        builder.Logging.ClearProviders().AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.AddSamoocena();
        var app = builder.Build();
        app.UseSamoocena();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var storage = postgres ? $"PostgreSQL ({(server is null ? "SAMOOCENA_POSTGRES" : "throwaway server started by the driver")})" : "SQLite (fresh file in a temporary directory)";
        return new ApiUnderTest(app, directory, server, new Uri(address), password, storage)
        {
            StartupSeconds = TimeProvider.System.GetElapsedTime(started).TotalSeconds,
        };
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (_postgres is not null) await _postgres.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try { Directory.Delete(_directory, recursive: true); }
        catch (IOException) { /* a file still open by a pool: the temp directory is harmless */ }
    }
}

using System.Diagnostics;

namespace Samoocena.LoadTests.Hosting;

/// <summary>
/// A PostgreSQL server in a temporary directory on a free loopback port, the way test.sh starts one
/// (initdb, pg_ctl; as user postgres when running as root); stopped and deleted on dispose.
/// </summary>
public sealed class ThrowawayPostgres : IAsyncDisposable
{
    private readonly string _bin;
    private readonly string _root;

    private ThrowawayPostgres(string bin, string root, string connectionString)
    {
        _bin = bin;
        _root = root;
        ConnectionString = connectionString;
    }

    public string ConnectionString { get; }

    public static async Task<ThrowawayPostgres> StartAsync()
    {
        var bin = Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql").Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb"))).OrderBy(d => d, StringComparer.Ordinal).LastOrDefault()
            : null;
        if (bin is null)
            throw new InvalidOperationException("Brak PostgreSQL (/usr/lib/postgresql/*/bin/initdb): zainstaluj pakiet postgresql albo ustaw SAMOOCENA_POSTGRES.");
        var root = Directory.CreateTempSubdirectory("samoocena-pg-").FullName;
        var port = LoopbackPorts.Free();
        if (Environment.UserName == "root") await RunAsync("chown", "postgres:postgres", root);
        var server = new ThrowawayPostgres(bin, root,
            $"Host=127.0.0.1;Port={port};Username=app;Password=app_pw;Database=appdb;Maximum Pool Size=100");
        await server.AsPostgresAsync("initdb", "-D", $"{root}/data", "-U", "postgres", "--auth-local=trust", "--auth-host=scram-sha-256",
            "-E", "UTF8", "--locale=C.UTF-8");
        await server.AsPostgresAsync("pg_ctl", "-D", $"{root}/data", "-l", $"{root}/server.log", "-w", "-t", "30", "-o",
            $"-p {port} -k {root} -c listen_addresses=127.0.0.1 -c max_connections=300", "start");
        await server.AsPostgresAsync("psql", "-h", root, "-p", port.ToString(System.Globalization.CultureInfo.InvariantCulture), "-U", "postgres",
            "-v", "ON_ERROR_STOP=1", "-qc", "CREATE ROLE app LOGIN PASSWORD 'app_pw'", "-c", "CREATE DATABASE appdb OWNER app");
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        try { await AsPostgresAsync("pg_ctl", "-D", $"{_root}/data", "-m", "immediate", "-w", "stop"); }
        catch (InvalidOperationException) { /* already stopped: nothing to clean up but the directory */ }
        Directory.Delete(_root, recursive: true);
    }

    private Task AsPostgresAsync(string tool, params string[] args) =>
        Environment.UserName == "root"
            ? RunAsync("runuser", ["-u", "postgres", "--", Path.Combine(_bin, tool), .. args])
            : RunAsync(Path.Combine(_bin, tool), args);

    private static async Task RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', args)} zakończył się kodem {process.ExitCode}: {await stderr}{await stdout}");
    }
}

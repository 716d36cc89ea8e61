using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.RegularExpressions;

namespace Samoocena.Tests.Infrastructure;

/// <summary>
/// The API as a separate operating-system process (the built Samoocena.Api.dll), on a loopback port it
/// picks itself, for two-node and crash tests. The port is read from the host's "Now listening on" line.
/// </summary>
public sealed partial class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;

    private ApiProcess(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    public int ProcessId => _process.Id;

    /// <summary>The settings of one deployment: its database, its ServiceId and the admin password.</summary>
    public static Dictionary<string, string> Settings(StorageKind kind, string serviceId, string adminPassword) => new()
    {
        ["SAMOOCENA_POSTGRES"] = kind == StorageKind.Postgres ? TestDatabases.PostgresConnectionString : "",
        ["SAMOOCENA_DB"] = TestDatabases.NewSqlitePath(),
        ["SAMOOCENA_SERVICE_ID"] = serviceId,
        ["SAMOOCENA_CLUSTER_ID"] = serviceId,
        ["SAMOOCENA_ADMIN_PASSWORD"] = adminPassword,
    };

    public static async Task<ApiProcess> StartAsync(IReadOnlyDictionary<string, string> environment, TimeSpan? timeout = null)
    {
        var info = new ProcessStartInfo("dotnet", [ApiAssemblyPath(), "--urls", "http://127.0.0.1:0"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetTempPath(),
        };
        info.Environment["SAMOOCENA_DEMO_DATA"] = "0";
        info.Environment["Logging__LogLevel__Default"] = "Warning";
        info.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        // Each node has its own silo and gateway ports unless the caller fixes them (a restart on the same ports).
        info.Environment["SAMOOCENA_SILO_PORT"] = TestDatabases.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        info.Environment["SAMOOCENA_GATEWAY_PORT"] = TestDatabases.FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture);
        foreach (var (k, v) in environment) info.Environment[k] = v;
        var process = Process.Start(info) ?? throw new InvalidOperationException("Could not start the API process.");
        var listening = new TaskCompletionSource<Uri>(TaskCreationOptions.RunContinuationsAsynchronously);
        var output = new System.Collections.Concurrent.ConcurrentQueue<string>();
        void OnLine(string? line)
        {
            if (line is null) return;
            output.Enqueue(line);
            if (ListeningLine().Match(line) is { Success: true } m) listening.TrySetResult(new Uri(m.Groups[1].Value));
        }
        process.OutputDataReceived += (_, e) => OnLine(e.Data);
        process.ErrorDataReceived += (_, e) => OnLine(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.EnableRaisingEvents = true;
        process.Exited += (_, _) => listening.TrySetException(new InvalidOperationException(
            "The API process exited before listening:\n" + string.Join('\n', output)));
        var address = await listening.Task.WaitAsync(timeout ?? TimeSpan.FromSeconds(60));
        return new ApiProcess(process, address);
    }

    public HttpClient Client(string? token = null)
    {
        var client = new HttpClient { BaseAddress = Address, Timeout = TimeSpan.FromSeconds(30) };
        if (token is not null) client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    public async Task<string> TokenAsync(string login, string password)
    {
        using var client = Client();
        var response = await client.PostAsJsonAsync("/api/auth/token", new { login, password });
        response.EnsureSuccessStatusCode();
        return (await response.Content.ReadFromJsonAsync<TokenBody>())!.AccessToken;
    }

    /// <summary>SIGKILL: no shutdown code runs.</summary>
    public async Task KillAsync()
    {
        if (_process.HasExited) return;
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    /// <summary>api/bin/&lt;configuration&gt;/net10.0/Samoocena.Api.dll of this checkout, built with the tests.</summary>
    private static string ApiAssemblyPath()
    {
        var testBin = new DirectoryInfo(AppContext.BaseDirectory);
        var framework = testBin.Name;
        var configuration = testBin.Parent!.Name;
        var root = testBin;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Samoocena.sln"))) root = root.Parent;
        if (root is null) throw new InvalidOperationException("Samoocena.sln not found above " + AppContext.BaseDirectory);
        var path = Path.Combine(root.FullName, "api", "bin", configuration, framework, "Samoocena.Api.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("Build the solution first: " + path);
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningLine();

    private sealed record TokenBody(string AccessToken);
}

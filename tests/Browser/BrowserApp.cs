using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Samoocena.Api.Hosting;

namespace Samoocena.Tests.Browser;

/// <summary>
/// The API on a real port (a browser cannot reach WebApplicationFactory's in-memory server), serving the
/// pages from the repository's api/wwwroot, with demo data, plus headless Debian Chromium driven by Playwright.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    public const string AdminPassword = "Admin-Browser-Pass-1";
    public const string UserPassword = "User-Browser-Pass-1";

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"samoocena-browser-{Guid.NewGuid():N}");
    private WebApplication? _app;
    private IPlaywright? _playwright;

    public string BaseUrl { get; private set; } = "";

    public IBrowser Browser { get; private set; } = null!;

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string ScreenshotFolder { get; } = Path.Combine(RepositoryRoot, "artifacts", "screenshots");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Production",
            ContentRootPath = Path.Combine(RepositoryRoot, "api"),
            WebRootPath = Path.Combine(RepositoryRoot, "api", "wwwroot"),
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["SAMOOCENA_DB"] = Path.Combine(_folder, "samoocena.db"),
            ["SAMOOCENA_ADMIN_PASSWORD"] = AdminPassword,
            ["SAMOOCENA_DEMO_DATA"] = "1",
            ["SAMOOCENA_POSTGRES"] = "",
            ["Logging:LogLevel:Default"] = "Warning",
        });
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddSamoocena();
        _app = builder.Build();
        _app.UseSamoocena();
        await _app.StartAsync();
        BaseUrl = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');

        // Chromium writes its profile and crash folders under HOME: keep them in the test's temp folder.
        Environment.SetEnvironmentVariable("HOME", _folder);
        Environment.SetEnvironmentVariable("XDG_CONFIG_HOME", Path.Combine(_folder, ".config"));
        Environment.SetEnvironmentVariable("XDG_CACHE_HOME", Path.Combine(_folder, ".cache"));
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { /* SQLite may still hold the file briefly */ }
    }

    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _violations = new();

    /// <summary>Content-Security-Policy violations reported by any page so far (none expected).</summary>
    public IReadOnlyCollection<string> PolicyViolations => [.. _violations];

    /// <summary>A fresh browser context (own sessionStorage) with the given viewport, downloads allowed.</summary>
    public async Task<IPage> NewPageAsync(int width = 1280, int height = 800)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = height },
            AcceptDownloads = true,
            Locale = "pl-PL",
        });
        context.SetDefaultTimeout(20_000);
        // Every Content-Security-Policy violation of any page is collected; tests assert there is none.
        await context.ExposeFunctionAsync("samoocenaPolicyViolation", (string violation) => _violations.Enqueue(violation));
        await context.AddInitScriptAsync(
            "document.addEventListener('securitypolicyviolation', e => window.samoocenaPolicyViolation(" +
            "`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber} ${e.sample}`));");
        return await context.NewPageAsync();
    }

    public async Task<HttpClient> ApiAsync(string login, string password)
    {
        var client = new HttpClient { BaseAddress = new Uri(BaseUrl) };
        var response = await client.PostAsJsonAsync("/api/auth/token", new { login, password });
        response.EnsureSuccessStatusCode();
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", body.RootElement.GetProperty("accessToken").GetString());
        return client;
    }

    /// <summary>Creates a user through the admin API; the password is <see cref="UserPassword"/>.</summary>
    public async Task<string> CreateUserAsync(string role, string? teryt = null)
    {
        var login = $"{role}-{Guid.NewGuid():N}"[..20];
        using var admin = await ApiAsync("admin", AdminPassword);
        var created = await admin.PostAsJsonAsync("/api/users", new { login, password = UserPassword, role, teryt, displayName = $"Użytkownik {role}" });
        if (!created.IsSuccessStatusCode)
            throw new InvalidOperationException($"Creating {login} failed: {(int)created.StatusCode} {await created.Content.ReadAsStringAsync()}");
        return login;
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        var size = page.ViewportSize!;
        await page.EvaluateAsync("window.scrollTo(0, 0)"); // sticky panels sit where the reader would first see them
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(ScreenshotFolder, $"{name}-{size.Width}x{size.Height}.png"),
            FullPage = true,
            Animations = ScreenshotAnimations.Disabled,
        });
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Samoocena.sln"))) return dir.FullName;
        throw new InvalidOperationException("Samoocena.sln not found above the test binaries.");
    }
}

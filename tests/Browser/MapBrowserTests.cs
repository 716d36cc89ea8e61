using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using Samoocena.Api.Maps;
using static Microsoft.Playwright.Assertions;

namespace Samoocena.Tests.Browser;

/// <summary>
/// The server-drawn maps inside the pages in real Chromium: the ranking map (saved as
/// artifacts/screenshots/mapa-ranking-1280.png at 1280×800) and the benchmark map of the metrics page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class MapBrowserTests(BrowserApp app)
{
    [Fact]
    public async Task Ranking_page_shows_the_ranking_map_and_switches_it_to_one_category()
    {
        var login = await app.CreateUserAsync("coordinator");
        int leaders, gwLeaders;
        using (var api = await app.ApiAsync(login, BrowserApp.UserPassword))
        {
            if (!(await api.GetAsync("/api/rankings/zielone-finanse/2024")).IsSuccessStatusCode)
                (await api.PostAsync("/api/rankings/zielone-finanse/2024/compute", null)).EnsureSuccessStatusCode();
            var ranking = await api.GetFromJsonAsync<JsonElement>("/api/rankings/zielone-finanse/2024");
            // Leaders drawn on the map: every "Lider" row except a gmina without its own polygon.
            bool Drawn(JsonElement row) => row.GetProperty("label").ValueKind == JsonValueKind.String
                && row.GetProperty("label").GetString() == "Lider" && !MapGeometry.CoveredBy.ContainsKey(row.GetProperty("teryt").GetString()!);
            var categories = ranking.GetProperty("categories").EnumerateArray().ToArray();
            leaders = categories.Sum(c => c.GetProperty("rows").EnumerateArray().Count(Drawn));
            gwLeaders = categories.Single(c => c.GetProperty("category").GetString() == "GW").GetProperty("rows").EnumerateArray().Count(Drawn);
        }
        leaders.Should().BeGreaterThanOrEqualTo(12, "at least 3 leaders in each of the 4 categories");
        var page = await app.NewPageAsync(1280, 800);
        await page.GotoAsync("/");
        await SignInAsync(page, login);
        await page.GotoAsync("/#/rankingi/zielone-finanse/2024");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Ranking Zielonych Finansów Samorządowych 2024");

        var map = page.Locator("#mapa .map-holder svg");
        await Expect(map).ToBeVisibleAsync();
        await Expect(page.Locator("#mapa")).Not.ToHaveAttributeAsync("aria-busy", "true");
        await Expect(map.Locator("path[data-teryt]")).ToHaveCountAsync(2477);
        await Expect(map.Locator("title").First).ToHaveTextAsync("Ranking Zielonych Finansów Samorządowych 2024");
        await Expect(map.Locator($"path[fill='{RankingScale.Lider}']")).ToHaveCountAsync(leaders);
        // Scaled to the card, not drawn at its fixed 1000 px: at most the window less 12rem (800 − 192 px),
        // so heading, category choice, map and caption fit the 1280×800 window together.
        var box = (await map.BoundingBoxAsync())!;
        box.Height.Should().BeLessThanOrEqualTo(608.5f);
        box.Width.Should().BeGreaterThan(300);

        await page.EvaluateAsync("document.querySelector('#mapa').scrollIntoView({ block: 'start', behavior: 'instant' })");
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(BrowserApp.ScreenshotFolder, "mapa-ranking-1280.png"),
            Animations = ScreenshotAnimations.Disabled,
        });

        await page.Locator("#mapa-kategoria").SelectOptionAsync("GW");
        await Expect(map.Locator("title").First).ToHaveTextAsync("Ranking Zielonych Finansów Samorządowych 2024, kategoria GW");
        await Expect(page.Locator($"#mapa .map-holder svg path[fill='{RankingScale.Lider}']")).ToHaveCountAsync(gwLeaders);
        app.PolicyViolations.Should().BeEmpty("no page may trip the Content-Security-Policy");
    }

    [Fact]
    public async Task Metrics_page_shows_the_benchmark_map_with_the_gmina_highlighted()
    {
        var login = await app.CreateUserAsync("jst", "0205011");
        var page = await app.NewPageAsync(1280, 800);
        await page.GotoAsync("/");
        await SignInAsync(page, login);
        await page.GotoAsync("/#/wskazniki/0205011/2024");
        await Expect(page.Locator("h1")).ToContainTextAsync("Wskaźniki 2024");

        var map = page.Locator("#mapa-wskaznika .map-holder svg");
        await Expect(map).ToBeVisibleAsync();
        await Expect(map.Locator("g.highlight path[data-teryt='0205011']")).ToHaveCountAsync(1);
        await Expect(map.Locator("title").First).ToHaveTextAsync("Wydatki bieżące na oświatę na 1 ucznia (zł), 2024");

        await page.Locator("#mapa-tryb").SelectOptionAsync("values");
        await Expect(page.Locator("#mapa-wskaznika .map-holder svg .legend text").First).ToContainTextAsync("zł –");
        app.PolicyViolations.Should().BeEmpty("no page may trip the Content-Security-Policy");
    }

    private static async Task SignInAsync(IPage page, string login)
    {
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Logowanie" })).ToBeVisibleAsync();
        await page.GetByLabel("Login").FillAsync(login);
        await page.GetByLabel("Hasło").FillAsync(BrowserApp.UserPassword);
        await page.GetByLabel("Hasło").PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Wyloguj" })).ToBeVisibleAsync();
    }
}

using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Samoocena.Tests.Browser;

/// <summary>
/// The ranking page over the demo data (edition 2023 published, 2024 a draft, every gmina ranked on synthetic budgets):
/// reached from the menu at the latest edition, the JST user's gmina highlighted in its category and reachable with
/// "Pokaż moją gminę", a search by name without diacritics, filters, G1–G5 named with units, the change of place against
/// 2023, the draft banner, the published edition with its date; no sideways scroll and no serious axe violation at
/// 1280×800 and 390×844 (screenshots ranking-1280x800.png and ranking-390x844.png).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RankingBrowserTests(BrowserApp app)
{
    private const string Zorawina = "0223092";

    [Fact]
    public async Task Jst_user_reaches_their_gmina_searches_without_diacritics_filters_and_sees_changes_and_the_draft()
    {
        var login = await app.CreateUserAsync("jst", Zorawina);
        JsonElement gw;
        DateTimeOffset published;
        using (var api = await app.ApiAsync(login, BrowserApp.UserPassword))
        {
            var list = await api.GetFromJsonAsync<JsonElement>("/api/rankings");
            list[0].GetProperty("editions").EnumerateArray().Select(e => $"{e.GetProperty("edition")} {e.GetProperty("status")}")
                .Should().Equal("2023 published", "2024 draft");
            published = list[0].GetProperty("editions")[0].GetProperty("publishedAt").GetDateTimeOffset();
            var ranking = await api.GetFromJsonAsync<JsonElement>("/api/rankings/zielone-finanse/2024");
            gw = ranking.GetProperty("categories").EnumerateArray().Single(c => c.GetProperty("category").GetString() == "GW").Clone();
        }
        var rows = gw.GetProperty("rows").EnumerateArray().ToArray();
        var own = rows.Single(r => r.GetProperty("teryt").GetString() == Zorawina);

        var page = await app.NewPageAsync(1280, 800);
        await page.GotoAsync("/");
        await RankingJuryChecks.SignInAsync(page, login);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Główna nawigacja" }).GetByRole(AriaRole.Link, new() { Name = "Rankingi" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Regex("#/rankingi/zielone-finanse/2024$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Ranking Zielonych Finansów Samorządowych 2024");
        await Expect(page.Locator("#wersja-robocza")).ToContainTextAsync("Wersja robocza – ranking nieopublikowany");

        // The own gmina's category is open, its row highlighted, with the change of place against 2023.
        await Expect(page.Locator("#tab-GW")).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(page.Locator("#tab-GW")).ToHaveTextAsync($"Gminy wiejskie ({rows.Length})");
        var mine = page.Locator($"#gmina-{Zorawina}");
        await Expect(mine).ToHaveClassAsync(new Regex(@"\brow-mine\b"));
        await Expect(mine.Locator("th")).ToContainTextAsync("ŻórawinaTwoja gmina");
        await Expect(mine.Locator("td").First).ToHaveTextAsync(own.GetProperty("rank").ToString());
        await Expect(mine.Locator("td.change")).ToHaveTextAsync(ChangeText(own));
        await Expect(page.Locator(".ranking-table thead th").Nth(1)).ToHaveTextAsync("Zmiana");
        var headers = page.Locator(".ranking-table thead th.indicator-col");
        await Expect(headers).ToHaveTextAsync([
            "G1 Udział zielonych wydatków majątkowych w wydatkach majątkowych (%)",
            "G2 Zielone wydatki majątkowe na 1 mieszkańca rocznie (zł)",
            "G3 Udział zielonych wydatków bieżących w wydatkach bieżących (%)",
            "G4 Udział środków zewnętrznych w zielonych wydatkach majątkowych (%)",
            "G5 Regularność: udział lat okna z zielonymi wydatkami majątkowymi (%)",
        ]);
        // Decimal comma: the score as the server shows it, formatted in Polish.
        await Expect(mine.Locator("td").Nth(2)).ToHaveTextAsync(own.GetProperty("score").GetDouble().ToString("N2", CultureInfo.GetCultureInfo("pl-PL")).Replace('\u00a0', ' '));

        // Long categories show 50 rows at a time (more if the own gmina is further down); "Pokaż kolejne" adds 50 and focuses the first added.
        var top = page.Locator(".ranking-table tbody tr.row-top");
        await Expect(top).ToHaveCountAsync(50);
        if (Array.IndexOf(rows, own) >= 50)
            await Expect(page.Locator($".ranking-table tbody tr.row-near#gmina-{Zorawina}")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Button, new() { Name = "Pokaż kolejne 50" }).ClickAsync();
        await Expect(top).ToHaveCountAsync(100);
        await Expect(top.Nth(50)).ToBeFocusedAsync();

        // From another category, "Pokaż moją gminę" opens the right tab and moves focus to the row, in view.
        await page.Locator("#tab-MNPP").ClickAsync();
        await Expect(page.Locator($"#gmina-{Zorawina}")).ToHaveCountAsync(0);
        await page.GetByRole(AriaRole.Button, new() { Name = "Pokaż moją gminę" }).ClickAsync();
        await Expect(page.Locator("#tab-GW")).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(mine).ToBeFocusedAsync();
        await Expect(mine).ToBeInViewportAsync();

        // Search without diacritics and case, started in another category: it opens the category that has the match.
        await page.Locator("#tab-MNPP").ClickAsync();
        await page.GetByLabel("Szukaj gminy").FillAsync("ZORAWINA");
        var expected = rows.Where(r => Fold(r.GetProperty("name").GetString()!).Contains("zorawina")).Select(r => r.GetProperty("teryt").GetString()!).ToArray();
        expected.Should().Equal(Zorawina);
        await Expect(page.Locator("#tab-GW")).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(page.Locator(".ranking-table tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator(".ranking-table tbody tr th")).ToContainTextAsync("Żórawina");
        await Expect(page.Locator("#tab-GW")).ToHaveTextAsync("Gminy wiejskie (1)");
        await Expect(page.Locator("#ranking-licznik")).ToHaveTextAsync($"Pasuje 1 gmina z {rows.Length} w kategorii gminy wiejskie.");

        // Filters: Dolnośląskie leaders and laureates of the category.
        await page.GetByLabel("Szukaj gminy").FillAsync("");
        await page.GetByLabel("Województwo").SelectOptionAsync("02");
        await page.GetByLabel("Wyróżnienie").SelectOptionAsync("any");
        var filtered = rows.Where(r => r.GetProperty("teryt").GetString()!.StartsWith("02", StringComparison.Ordinal)
            && r.GetProperty("label").ValueKind == JsonValueKind.String).Select(r => r.GetProperty("name").GetString()!).ToArray();
        if (filtered.Length == 0)
            await Expect(page.Locator(".tab-panel .alert")).ToHaveTextAsync("Żadna gmina tej kategorii nie pasuje do wyszukiwania i filtrów.");
        else
            await Expect(page.Locator(".ranking-table tbody tr th")).ToHaveCountAsync(filtered.Length);
        await page.GetByLabel("Województwo").SelectOptionAsync("");
        await page.GetByLabel("Wyróżnienie").SelectOptionAsync("Lider");
        await Expect(page.Locator(".ranking-table tbody tr")).ToHaveCountAsync(rows.Count(r => r.GetProperty("label").ValueKind == JsonValueKind.String && r.GetProperty("label").GetString() == "Lider"));
        await page.GetByLabel("Wyróżnienie").SelectOptionAsync("");

        await RankingJuryChecks.PageIsSoundAsync(page, "ranking");

        // The published edition, chosen from the list: its date, no draft banner, nothing to compare with.
        await page.GetByLabel("Edycja").SelectOptionAsync("2023");
        await Expect(page).ToHaveURLAsync(new Regex("#/rankingi/zielone-finanse/2023$"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Ranking Zielonych Finansów Samorządowych 2023");
        await Expect(page.Locator("#ranking-status")).ToHaveTextAsync("Status: opublikowany " +
            TimeZoneInfo.ConvertTime(published, TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw")).ToString("d MMMM yyyy", CultureInfo.GetCultureInfo("pl-PL")));
        await Expect(page.Locator("#wersja-robocza")).ToHaveCountAsync(0);
        await Expect(page.Locator(".ranking-table thead th").Nth(1)).ToHaveTextAsync("Gmina");

        var phone = await app.NewPageAsync(390, 844);
        await phone.GotoAsync("/#/rankingi");
        await RankingJuryChecks.SignInAsync(phone, login);
        await Expect(phone).ToHaveURLAsync(new Regex("#/rankingi/zielone-finanse/2024$"));
        await Expect(phone.Locator($"#gmina-{Zorawina}")).ToHaveClassAsync(new Regex(@"\brow-mine\b"));
        await RankingJuryChecks.PageIsSoundAsync(phone, "ranking");
        await phone.Context.CloseAsync();
        await page.Context.CloseAsync();
        app.PolicyViolations.Should().BeEmpty("no page may trip the Content-Security-Policy");
    }

    [Fact]
    public async Task Coordinator_opens_the_latest_edition_from_the_home_page_list()
    {
        var login = await app.CreateUserAsync("coordinator");
        var page = await app.NewPageAsync(1280, 800);
        await page.GotoAsync("/");
        await RankingJuryChecks.SignInAsync(page, login);
        var card = page.Locator("section[aria-labelledby='rankingi']");
        await Expect(card.GetByRole(AriaRole.Link, new() { Name = "Edycja 2023" })).ToHaveAttributeAsync("href", "#/rankingi/zielone-finanse/2023");
        await card.GetByRole(AriaRole.Link, new() { Name = "Ranking Zielonych Finansów Samorządowych 2024" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Ranking Zielonych Finansów Samorządowych 2024");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Pokaż moją gminę" })).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Opublikuj" })).ToBeVisibleAsync();
        // Publishing asks in a dialog; cancelling leaves the draft as it is.
        await page.GetByRole(AriaRole.Button, new() { Name = "Opublikuj" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Opublikować ranking?" });
        await Expect(dialog).ToBeVisibleAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Anuluj" }).ClickAsync();
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(page.Locator("#wersja-robocza")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }

    private static string ChangeText(JsonElement row)
    {
        if (row.GetProperty("previousRank").ValueKind == JsonValueKind.Null) return "nowa (brak w poprzedniej edycji)";
        var delta = row.GetProperty("previousRank").GetInt32() - row.GetProperty("rank").GetInt32();
        if (delta == 0) return "=bez zmian";
        var n = Math.Abs(delta);
        var places = n == 1 ? "miejsce" : n % 10 is >= 2 and <= 4 && n % 100 is < 12 or > 14 ? "miejsca" : "miejsc";
        return $"{(delta > 0 ? "↑" : "↓")}{n}{(delta > 0 ? "awans" : "spadek")} o {n} {places} (poprzednio {row.GetProperty("previousRank").GetInt32()}.)";
    }

    private static string Fold(string text) =>
        new string(text.ToLowerInvariant().Replace('ł', 'l').Normalize(NormalizationForm.FormD)
            .Where(c => CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark).ToArray());
}

/// <summary>Checks shared by the ranking and jury page tests.</summary>
internal static class RankingJuryChecks
{
    public static async Task SignInAsync(IPage page, string login, string password = BrowserApp.UserPassword)
    {
        await page.GetByLabel("Login").FillAsync(login);
        await page.GetByLabel("Hasło").FillAsync(password);
        await page.GetByLabel("Hasło").PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Wyloguj" })).ToBeVisibleAsync();
    }

    /// <summary>
    /// The page does not scroll sideways (wide tables scroll inside their own region), axe-core finds no serious or
    /// critical violation, and a full-page screenshot is saved as &lt;name&gt;-&lt;width&gt;x&lt;height&gt;.png.
    /// </summary>
    public static async Task PageIsSoundAsync(IPage page, string name)
    {
        await Expect(page.Locator("#app")).Not.ToHaveAttributeAsync("aria-busy", "true");
        var widths = await page.EvaluateAsync<int[]>("[document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        widths[0].Should().BeLessThanOrEqualTo(widths[1], $"{name} at {page.ViewportSize!.Width} px must not scroll sideways");
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Impact} {v.Id}: {v.Help} — {string.Join("; ", v.Nodes.Take(3).Select(n => n.Html))}").ToArray();
        serious.Should().BeEmpty($"{name} at {page.ViewportSize!.Width} px must have no serious accessibility violation");
        await BrowserApp.ScreenshotAsync(page, name);
    }
}

using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Samoocena.Tests.Browser;

/// <summary>
/// Rounds on the results page, over the demo data (rounds 1 and 2 closed, 3 open): a coordinator chooses a round and
/// sees the progress since the previous closed round — deltas, levels then and now, earlier actions reached.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class RoundsBrowserTests(BrowserApp app)
{
    private const string Teryt = "0201011"; // the first demo gmina

    [Fact]
    public async Task Coordinator_chooses_a_round_and_sees_progress_since_the_previous_one()
    {
        var login = await app.CreateUserAsync("coordinator");
        using var api = await app.ApiAsync(login, BrowserApp.UserPassword);
        var round2 = await api.GetFromJsonAsync<JsonElement>($"/api/assessments/samoocena/{Teryt}?round=2");
        var previous = round2.GetProperty("previous");
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("Login").FillAsync(login);
        await page.GetByLabel("Hasło").FillAsync(BrowserApp.UserPassword);
        await page.GetByLabel("Hasło").PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Wyloguj" })).ToBeVisibleAsync();

        await page.GotoAsync($"/#/wyniki/samoocena/{Teryt}/runda/2");
        var picker = page.GetByLabel("Runda", new() { Exact = true });
        await Expect(picker).ToHaveValueAsync("2");
        await Expect(picker.Locator("option")).ToHaveCountAsync(3);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Postęp od rundy Runda 1 (dane demonstracyjne)" })).ToBeVisibleAsync();
        var rows = page.Locator("#postep-tabela tbody tr");
        await Expect(rows).ToHaveCountAsync(1 + previous.GetProperty("areas").GetArrayLength() + previous.GetProperty("themes").GetArrayLength());
        var delta = previous.GetProperty("delta").GetDouble();
        var shown = (delta > 0 ? "+" : "") + delta.ToString("N2", System.Globalization.CultureInfo.GetCultureInfo("pl-PL"));
        await Expect(rows.First.Locator("td.delta")).ToHaveTextAsync(shown.Replace('\u00a0', ' '));
        var reached = previous.GetProperty("actionPlan").EnumerateArray().Count(a => a.GetProperty("reached").GetBoolean());
        await Expect(page.Locator("#postep-dzialania")).ToHaveTextAsync($"Osiągnięte: {reached} z {previous.GetProperty("actionPlan").GetArrayLength()}.");
        await BrowserApp.ScreenshotAsync(page, "wyniki-postep");

        // Choosing the open round 3: its progress is measured against round 2.
        await picker.SelectOptionAsync("3");
        await Expect(page).ToHaveURLAsync(new Regex("/runda/3$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Postęp od rundy Runda 2 (dane demonstracyjne)" })).ToBeVisibleAsync();
        await Expect(page.Locator("#runda-opis")).ToContainTextAsync("otwarta");
    }
}

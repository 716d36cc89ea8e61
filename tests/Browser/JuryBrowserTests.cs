using System.Net.Http.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Samoocena.Tests.Browser;

/// <summary>
/// Award editions in the browser: chosen from the home page list (no typed id), the juror's "oceniono n z m" per category
/// and overall that follows each saved sheet, the coordinator's table of each juror's progress and the dialog that warns
/// before closing with incomplete sheets, results under category titles with the Excel download, and an unknown edition.
/// Screenshots award-juror-*.png and award-coordinator-*.png at 1280×800 and 390×844, each page checked for sideways
/// scroll and axe-core violations.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class JuryBrowserTests(BrowserApp app)
{
    private const string Kalisz = "3061011";

    private sealed record Edition(string Id, string Title, string Coordinator, string[] Jurors);

    /// <summary>
    /// Two categories, five nominees, two criteria; juror 1 is linked to Kalisz (a nominee: 4 to score), jurors 2 and 3
    /// score all 5.
    /// </summary>
    private async Task<Edition> DefineAsync()
    {
        var id = $"lajki-{Guid.NewGuid():N}"[..20];
        var title = $"Złote Lajki 2026 — jury (test {id[6..12]})";
        var coordinator = await app.CreateUserAsync("coordinator");
        var jurors = new[] { await app.CreateUserAsync("jury", Kalisz), await app.CreateUserAsync("jury"), await app.CreateUserAsync("jury") };
        using var api = await app.ApiAsync(coordinator, BrowserApp.UserPassword);
        var put = await api.PutAsJsonAsync($"/api/awards/{id}", new
        {
            title,
            categories = new[] { new { id = "mnpp", title = "Miasto na prawach powiatu" }, new { id = "miasta", title = "Miasto lub gmina do 100 tys. mieszkańców" } },
            criteria = new[]
            {
                new { id = "tresci", weight = 0.6, name = "Jakość i wartość informacyjna treści" },
                new { id = "dialog", weight = 0.4, name = "Dialog z mieszkańcami" },
            },
            nominees = new object[]
            {
                new { id = "mnpp-wroclaw", category = "mnpp", teryt = "0264011", name = "Wrocław" },
                new { id = "mnpp-kalisz", category = "mnpp", teryt = Kalisz, name = "Kalisz" },
                new { id = "mnpp-lodz", category = "mnpp", teryt = "1061011", name = "Łódź" },
                new { id = "miasta-jawor", category = "miasta", teryt = "0205011", name = "Jawor" },
                new { id = "miasta-ustka", category = "miasta", teryt = "2212011", name = "Ustka" },
            },
            jurors,
        });
        put.EnsureSuccessStatusCode();
        return new Edition(id, title, coordinator, jurors);
    }

    private async Task ScoreAsync(string juror, string awardId, params string[] nominees)
    {
        using var api = await app.ApiAsync(juror, BrowserApp.UserPassword);
        foreach (var nominee in nominees)
            (await api.PutAsJsonAsync($"/api/awards/{awardId}/scores/{nominee}", new { tresci = 7, dialog = 8 })).EnsureSuccessStatusCode();
    }

    [Fact]
    public async Task Juror_chooses_the_award_from_the_list_and_sees_oceniono_n_z_m_follow_each_saved_sheet()
    {
        var award = await DefineAsync();
        var juror = award.Jurors[0];
        var page = await app.NewPageAsync(1280, 800);
        await page.GotoAsync("/");
        await RankingJuryChecks.SignInAsync(page, juror);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Pulpit jurora");
        await Expect(page.Locator("#nagroda-id")).ToHaveCountAsync(0);
        var card = page.Locator("section[aria-labelledby='nagrody']");
        await Expect(card.Locator("li")).ToHaveTextAsync([$"{award.Title} ocenianie otwarte"]);
        await card.GetByRole(AriaRole.Link, new() { Name = award.Title }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(award.Title);

        await Expect(page.Locator("#postep-jurora")).ToHaveTextAsync("Oceniono 0 z 4 nominowanych we wszystkich kategoriach.");
        await Expect(page.Locator("#postep-mnpp")).ToHaveTextAsync("Oceniono 0 z 2 nominowanych");
        await Expect(page.Locator("#postep-miasta")).ToHaveTextAsync("Oceniono 0 z 2 nominowanych");
        await Expect(page.Locator("form.nominee[data-nominee='mnpp-kalisz']")).ToContainTextAsync("Konflikt interesów");

        var lodz = page.Locator("form.nominee[data-nominee='mnpp-lodz']");
        await lodz.GetByLabel("Jakość i wartość informacyjna treści").FillAsync("8");
        await lodz.GetByLabel("Dialog z mieszkańcami").FillAsync("7");
        await lodz.GetByRole(AriaRole.Button, new() { Name = "Zapisz ocenę" }).ClickAsync();
        await Expect(lodz.GetByRole(AriaRole.Status)).ToHaveTextAsync("Zapisano");
        await Expect(page.Locator("#postep-jurora")).ToHaveTextAsync("Oceniono 1 z 4 nominowanych we wszystkich kategoriach.");
        await Expect(page.Locator("#postep-mnpp")).ToHaveTextAsync("Oceniono 1 z 2 nominowanych");
        await Expect(page.Locator("#postep-miasta")).ToHaveTextAsync("Oceniono 0 z 2 nominowanych");

        // A missing criterion is refused in Polish before anything is sent.
        var jawor = page.Locator("form.nominee[data-nominee='miasta-jawor']");
        await jawor.GetByLabel("Jakość i wartość informacyjna treści").FillAsync("9");
        await jawor.GetByRole(AriaRole.Button, new() { Name = "Zapisz ocenę" }).ClickAsync();
        await Expect(jawor.GetByRole(AriaRole.Status)).ToHaveTextAsync("Każde kryterium: liczba całkowita od 0 do 10.");
        await Expect(jawor.GetByLabel("Dialog z mieszkańcami")).ToHaveAttributeAsync("aria-invalid", "true");

        await page.ReloadAsync();
        await Expect(page.Locator("#postep-jurora")).ToHaveTextAsync("Oceniono 1 z 4 nominowanych we wszystkich kategoriach.");
        await RankingJuryChecks.PageIsSoundAsync(page, "award-juror");

        var phone = await app.NewPageAsync(390, 844);
        await phone.GotoAsync($"/#/nagrody/{award.Id}");
        await RankingJuryChecks.SignInAsync(phone, juror);
        await Expect(phone.Locator("#postep-jurora")).ToHaveTextAsync("Oceniono 1 z 4 nominowanych we wszystkich kategoriach.");
        await RankingJuryChecks.PageIsSoundAsync(phone, "award-juror");
        await phone.Context.CloseAsync();
        await page.Context.CloseAsync();
        app.PolicyViolations.Should().BeEmpty("no page may trip the Content-Security-Policy");
    }

    [Fact]
    public async Task Coordinator_sees_each_jurors_progress_is_warned_before_closing_and_gets_results_by_category_title()
    {
        var award = await DefineAsync();
        await ScoreAsync(award.Jurors[0], award.Id, "mnpp-lodz");
        await ScoreAsync(award.Jurors[1], award.Id, "mnpp-wroclaw", "mnpp-kalisz", "mnpp-lodz", "miasta-jawor", "miasta-ustka");

        var phone = await app.NewPageAsync(390, 844);
        await phone.GotoAsync($"/#/nagrody/{award.Id}");
        await RankingJuryChecks.SignInAsync(phone, award.Coordinator);
        await Expect(phone.Locator("#tabela-postepu tbody tr")).ToHaveCountAsync(3);
        await RankingJuryChecks.PageIsSoundAsync(phone, "award-coordinator");
        await phone.Context.CloseAsync();

        var page = await app.NewPageAsync(1280, 800);
        await page.GotoAsync("/");
        await RankingJuryChecks.SignInAsync(page, award.Coordinator);
        await Expect(page.Locator("#nagroda-id")).ToHaveCountAsync(0);
        await page.Locator("section[aria-labelledby='nagrody']").GetByRole(AriaRole.Link, new() { Name = award.Title }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync(award.Title);
        var table = page.Locator("#tabela-postepu tbody tr");
        await Expect(table).ToHaveTextAsync([
            $"{award.Jurors[0]}1 z 4031brakuje 3",
            $"{award.Jurors[1]}5 z 5000komplet",
            $"{award.Jurors[2]}0 z 5050brakuje 5",
        ]);
        await Expect(page.Locator("#postep-podsumowanie")).ToHaveTextAsync("2 jurorów z 3 nie oceniło jeszcze wszystkich nominowanych.");
        await RankingJuryChecks.PageIsSoundAsync(page, "award-coordinator");

        // The warning names how many jurors have not finished; cancelling keeps the vote open.
        await page.GetByRole(AriaRole.Button, new() { Name = "Zamknij ocenianie" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Zamknąć ocenianie?" });
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog.Locator("#ostrzezenie-zamkniecia")).ToHaveTextAsync("2 jurorów nie oceniło wszystkich nominowanych — zamknąć mimo to?");
        await Expect(dialog.GetByRole(AriaRole.Button, new() { Name = "Anuluj" })).ToBeFocusedAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Zamknij ocenianie" })).ToBeFocusedAsync();
        using (var api = await app.ApiAsync(award.Coordinator, BrowserApp.UserPassword))
            (await api.GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/awards/{award.Id}")).GetProperty("status").GetString().Should().Be("open");

        await page.GetByRole(AriaRole.Button, new() { Name = "Zamknij ocenianie" }).ClickAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Zamknij mimo to" }).ClickAsync();
        await Expect(page.Locator("#wyniki-nagrody")).ToBeVisibleAsync();
        await Expect(page.Locator(".award-result h3")).ToHaveTextAsync(["Miasto na prawach powiatu", "Miasto lub gmina do 100 tys. mieszkańców"]);
        await Expect(page.Locator(".award-result[data-category='mnpp'] tbody tr")).ToHaveCountAsync(3);
        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Pobierz wyniki (Excel)" }).ClickAsync());
        download.SuggestedFilename.Should().Be($"nagrody-{award.Id}.xlsx");
        await page.Context.CloseAsync();
        app.PolicyViolations.Should().BeEmpty("no page may trip the Content-Security-Policy");
    }

    [Fact]
    public async Task An_unknown_award_says_there_is_no_such_edition_instead_of_a_form()
    {
        var award = await DefineAsync();
        var page = await app.NewPageAsync(1280, 800);
        await page.GotoAsync("/#/nagrody/nie-ma-takiej-nagrody");
        await RankingJuryChecks.SignInAsync(page, award.Jurors[1]);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Nie ma takiej edycji nagrody");
        await Expect(page.Locator("#brak-nagrody")).ToHaveTextAsync("Nie ma takiej edycji: „nie-ma-takiej-nagrody”. Wybierz nagrodę z listy.");
        await Expect(page.Locator("form.nominee")).ToHaveCountAsync(0);
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = award.Title })).ToHaveAttributeAsync("href", $"#/nagrody/{award.Id}");
        await page.Context.CloseAsync();
    }
}

using System.Net.Http.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Samoocena.Tests.Browser;

/// <summary>
/// Real Chromium through the pages of api/wwwroot: sign in, fill, reload, submit with a gap, finish, results;
/// a coordinator's cohort and ranking workbook; a juror's scoring form. Saves screenshots of every main page
/// at 1280×800 and 390×844 to artifacts/screenshots.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class BrowserFlowTests(BrowserApp app)
{
    private const string Teryt = "0205011"; // Jawor

    [Fact]
    public async Task Jst_user_fills_reloads_sees_missing_answer_highlighted_finishes_and_sees_results_chart()
    {
        var login = await app.CreateUserAsync("jst", Teryt);
        var page = await app.NewPageAsync();

        await page.GotoAsync("/");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Logowanie" })).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "logowanie");
        await SignInAsync(page, login);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Gmina Jawor" })).ToBeVisibleAsync();
        await Expect(page.Locator(".assessment-card .actions")).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "pulpit-jst");

        await page.GetByRole(AriaRole.Link, new() { Name = "Rozpocznij", Exact = true }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("T1. Planowanie strategiczne rozwoju");

        // Part of the first theme: one answer by mouse, one by keyboard (Tab into the group, arrows move the choice).
        await SaveAsync(page, () => page.Locator("#q-T1_1-3").CheckAsync());
        await Expect(page.Locator("#stan-zapisu")).ToContainTextAsync("Zapisano");
        await page.Locator("#q-T1_2-0").FocusAsync();
        await SaveAsync(page, () => page.Keyboard.PressAsync("Space"));
        await SaveAsync(page, () => page.Keyboard.PressAsync("ArrowDown"));
        await SaveAsync(page, () => page.Keyboard.PressAsync("ArrowDown"));
        await Expect(page.Locator("#q-T1_2-2")).ToBeCheckedAsync();
        await Expect(page.Locator(".theme-link[data-theme='T1'] .theme-link-count")).ToHaveTextAsync("2/5");
        await BrowserApp.ScreenshotAsync(page, "ankieta-temat");

        await page.ReloadAsync();
        await Expect(page.Locator("#q-T1_1-3")).ToBeCheckedAsync();
        await Expect(page.Locator("#q-T1_2-2")).ToBeCheckedAsync();
        await Expect(page.Locator("#q-T1_3-0")).Not.ToBeCheckedAsync();

        // Every other question of every theme, except the required T8.5, then submit.
        while (true)
        {
            var ids = await page.Locator("fieldset.question").EvaluateAllAsync<string[]>("els => els.map(e => e.dataset.question)");
            foreach (var id in ids)
            {
                if (id is "T1.1" or "T1.2" or "T8.5") continue;
                await SaveAsync(page, () => page.Locator($"input[name='q-{id}']").Last.CheckAsync());
            }
            var next = page.Locator("a[rel='next']");
            if (await next.CountAsync() == 0) break;
            var heading = await page.Locator("h1").TextContentAsync();
            await next.ClickAsync();
            await Expect(page.Locator("h1")).Not.ToHaveTextAsync(heading!);
        }

        var refused = await page.RunAndWaitForResponseAsync(() => page.Locator("#przeslij").ClickAsync(),
            r => r.Url.EndsWith("/responses/me/submit", StringComparison.Ordinal));
        refused.Status.Should().Be(422, await refused.TextAsync() + " on " + await page.Locator("h1").TextContentAsync());
        var missing = page.Locator("fieldset.question[data-question='T8.5']");
        await Expect(missing).ToHaveClassAsync(new Regex(@"\bmissing\b"));
        await Expect(missing).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#braki")).ToContainTextAsync("T8.5");
        await Expect(page.Locator(".theme-link[data-theme='T8'] .theme-link-count")).ToHaveTextAsync("brak 1");
        await BrowserApp.ScreenshotAsync(page, "ankieta-braki");

        await SaveAsync(page, () => page.Locator("#q-T8_5-2").CheckAsync());
        await Expect(missing).Not.ToHaveClassAsync(new Regex(@"\bmissing\b"));
        var accepted = await page.RunAndWaitForResponseAsync(() => page.Locator("#przeslij").ClickAsync(),
            r => r.Url.EndsWith("/responses/me/submit", StringComparison.Ordinal));
        accepted.Status.Should().Be(200);
        await Expect(page.Locator("#wynik-przeslania")).ToContainTextAsync("Ankieta przesłana");

        await page.GetByRole(AriaRole.Link, new() { Name = "Zobacz wyniki" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Wyniki: Jawor");
        var chart = page.GetByRole(AriaRole.Img, new() { Name = "Wyniki tematów" });
        await Expect(chart).ToBeVisibleAsync();
        await Expect(chart.Locator("rect.bar")).ToHaveCountAsync(8);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Plan działań" })).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "wyniki");

        await PhoneScreenshotsAsync(login, [
            ("", "pulpit-jst", "Gmina Jawor"),
            ($"#/ankieta/samoocena/{Teryt}/T1", "ankieta-temat", "T1. Planowanie strategiczne rozwoju"),
            ($"#/wyniki/samoocena/{Teryt}", "wyniki", "Wyniki: Jawor"),
        ], signInShot: true);
        app.PolicyViolations.Should().BeEmpty("no page may trip the Content-Security-Policy");
    }

    [Fact]
    public async Task Coordinator_sees_the_cohort_and_downloads_the_ranking_workbook()
    {
        var login = await app.CreateUserAsync("coordinator");
        using (var api = await app.ApiAsync(login, BrowserApp.UserPassword))
        {
            var cohort = await api.PutAsJsonAsync("/api/cohorts/przegladarka", new { name = "Kohorta testowa — Dolny Śląsk", members = new[] { Teryt, "0264011", "0262011", "0201011" } });
            cohort.EnsureSuccessStatusCode();
            var ranking = await api.GetAsync("/api/rankings/zielone-finanse/2024");
            if (!ranking.IsSuccessStatusCode)
                (await api.PostAsync("/api/rankings/zielone-finanse/2024/compute", null)).EnsureSuccessStatusCode();
        }
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await SignInAsync(page, login);
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Pulpit koordynatora" })).ToBeVisibleAsync();
        await BrowserApp.ScreenshotAsync(page, "pulpit-koordynatora");

        await page.GetByRole(AriaRole.Link, new() { Name = "Kohorta testowa — Dolny Śląsk" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Kohorta testowa — Dolny Śląsk");
        await Expect(page.Locator("#tabela-kohorty tbody tr")).ToHaveCountAsync(4);
        await Expect(page.Locator("#tabela-kohorty")).ToContainTextAsync("Jawor");
        await BrowserApp.ScreenshotAsync(page, "kohorta");

        await page.GotoAsync("/#/rankingi/zielone-finanse/2024");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Ranking Zielonych Finansów Samorządowych 2024");
        await Expect(page.GetByRole(AriaRole.Tab)).ToHaveCountAsync(4);
        await Expect(page.Locator(".ranking-table tbody tr").First).ToContainTextAsync("Lider");
        await page.GetByRole(AriaRole.Tab).First.FocusAsync();
        await page.Keyboard.PressAsync("ArrowRight");
        await Expect(page.GetByRole(AriaRole.Tab).Nth(1)).ToHaveAttributeAsync("aria-selected", "true");
        await BrowserApp.ScreenshotAsync(page, "ranking");

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#pobierz-ranking").ClickAsync());
        download.SuggestedFilename.Should().EndWith(".xlsx");
        var path = Path.Combine(Path.GetTempPath(), $"ranking-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(path);
        var bytes = await File.ReadAllBytesAsync(path);
        File.Delete(path);
        bytes.Take(2).Should().Equal((byte)'P', (byte)'K'); // an xlsx is a zip package

        await PhoneScreenshotsAsync(login, [
            ("", "pulpit-koordynatora", "Pulpit koordynatora"),
            ("#/kohorty/przegladarka", "kohorta", "Kohorta testowa — Dolny Śląsk"),
            ("#/rankingi/zielone-finanse/2024", "ranking", "Ranking Zielonych Finansów Samorządowych 2024"),
        ], signInShot: false);
        app.PolicyViolations.Should().BeEmpty("no page may trip the Content-Security-Policy");
    }

    [Fact]
    public async Task Juror_sees_the_nominees_of_each_category_with_a_scoring_form()
    {
        var juror = await app.CreateUserAsync("jury");
        var coordinator = await app.CreateUserAsync("coordinator");
        using (var api = await app.ApiAsync(coordinator, BrowserApp.UserPassword))
        {
            var award = await api.PutAsJsonAsync("/api/awards/lajki-przegladarka", new
            {
                title = "Złote Lajki — ocena w przeglądarce",
                categories = new[] { new { id = "mnpp", title = "Miasto na prawach powiatu" }, new { id = "miasta", title = "Miasto lub gmina do 100 tys. mieszkańców" } },
                criteria = new[]
                {
                    new { id = "tresci", weight = 0.6, name = "Jakość i wartość informacyjna treści" },
                    new { id = "zaangazowanie", weight = 0.4, name = "Zaangażowanie społeczności i dialog z mieszkańcami" },
                },
                nominees = new object[]
                {
                    new { id = "mnpp-wroclaw", category = "mnpp", teryt = "0264011", name = "Wrocław" },
                    new { id = "mnpp-lodz", category = "mnpp", teryt = "1061011", name = "Łódź" },
                    new { id = "miasta-jawor", category = "miasta", teryt = Teryt, name = "Jawor" },
                },
                jurors = new[] { juror },
            });
            award.EnsureSuccessStatusCode();
        }
        var page = await app.NewPageAsync();
        await page.GotoAsync("/#/nagrody/lajki-przegladarka");
        await SignInAsync(page, juror);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Złote Lajki — ocena w przeglądarce");
        await Expect(page.Locator("form.nominee")).ToHaveCountAsync(3);
        var lodz = page.Locator("form.nominee[data-nominee='mnpp-lodz']");
        await lodz.Locator("input[name='tresci']").FillAsync("8");
        await lodz.Locator("input[name='zaangazowanie']").FillAsync("7");
        var saved = await page.RunAndWaitForResponseAsync(() => lodz.GetByRole(AriaRole.Button, new() { Name = "Zapisz ocenę" }).ClickAsync(),
            r => r.Url.Contains("/scores/mnpp-lodz", StringComparison.Ordinal));
        saved.Ok.Should().BeTrue();
        await Expect(lodz).ToContainTextAsync("Zapisano");
        await BrowserApp.ScreenshotAsync(page, "juror");

        await PhoneScreenshotsAsync(juror, [("#/nagrody/lajki-przegladarka", "juror", "Złote Lajki — ocena w przeglądarce")], signInShot: false);
        app.PolicyViolations.Should().BeEmpty("no page may trip the Content-Security-Policy");
    }

    [Fact]
    public async Task The_session_is_a_cookie_no_script_can_read_every_tab_shares_it_and_signing_out_confirms()
    {
        var login = await app.CreateUserAsync("coordinator");
        var page = await app.NewPageAsync();
        await page.GotoAsync("/#/");
        await SignInAsync(page, login);
        (await page.EvaluateAsync<string>("JSON.stringify([Object.keys(sessionStorage), Object.keys(localStorage)])")).Should().Be("[[],[]]");
        (await page.EvaluateAsync<string>("document.cookie")).Should().NotContain("samoocena_sesja", "the cookie is HttpOnly");
        var cookie = (await page.Context.CookiesAsync()).Single(c => c.Name == "samoocena_sesja");
        cookie.HttpOnly.Should().BeTrue();
        cookie.SameSite.Should().Be(SameSiteAttribute.Strict);

        var second = await page.Context.NewPageAsync();
        await second.GotoAsync("/#/");
        await Expect(second.GetByRole(AriaRole.Button, new() { Name = "Wyloguj" })).ToBeVisibleAsync();

        // Signing out asks first (it ends the session in every tab); declining keeps the session.
        var asked = new List<string>();
        void Decline(object? _, IDialog dialog) { asked.Add(dialog.Message); dialog.DismissAsync(); }
        page.Dialog += Decline;
        await page.GetByRole(AriaRole.Button, new() { Name = "Wyloguj" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Wyloguj" })).ToBeVisibleAsync();
        asked.Should().Equal("Wylogować? Sesja zakończy się na wszystkich kartach przeglądarki.");
        page.Dialog -= Decline;
        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Wyloguj" }).ClickAsync();
        await Expect(page.GetByText("Sesja została zakończona na wszystkich kartach.")).ToBeVisibleAsync();
        await second.ReloadAsync();
        await Expect(second.GetByLabel("Login")).ToBeVisibleAsync();
        app.PolicyViolations.Should().BeEmpty("no page may trip the Content-Security-Policy");
    }

    internal static async Task SignInAsync(IPage page, string login)
    {
        await page.GetByLabel("Login").FillAsync(login);
        await page.GetByLabel("Hasło").FillAsync(BrowserApp.UserPassword);
        await page.GetByLabel("Hasło").PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Wyloguj" })).ToBeVisibleAsync();
    }

    /// <summary>Runs an action that changes an answer and waits for the autosave it triggers to be answered.</summary>
    internal static async Task SaveAsync(IPage page, Func<Task> change)
    {
        var response = await page.RunAndWaitForResponseAsync(change,
            r => r.Url.EndsWith("/responses/me", StringComparison.Ordinal) && r.Request.Method == "PUT");
        response.Status.Should().Be(200, await response.TextAsync());
    }

    private async Task PhoneScreenshotsAsync(string login, (string Hash, string Name, string Heading)[] pages, bool signInShot)
    {
        var phone = await app.NewPageAsync(390, 844);
        await phone.GotoAsync("/");
        await Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Logowanie" })).ToBeVisibleAsync();
        if (signInShot) await BrowserApp.ScreenshotAsync(phone, "logowanie");
        await SignInAsync(phone, login);
        foreach (var (hash, name, heading) in pages)
        {
            if (hash.Length > 0) await phone.GotoAsync($"/{hash}");
            await Expect(phone.Locator("h1")).ToHaveTextAsync(heading);
            await Expect(phone.Locator("#app")).Not.ToHaveAttributeAsync("aria-busy", "true");
            await BrowserApp.ScreenshotAsync(phone, name);
        }
        await phone.Context.CloseAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserApp>
{
    public const string Name = "Browser";
}

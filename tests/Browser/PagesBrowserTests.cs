using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using static Samoocena.Tests.Browser.BrowserFlowTests;

namespace Samoocena.Tests.Browser;

/// <summary>
/// Issue 16 on the JST and coordinator pages, as people use them in Chromium: notes with answers, a closed
/// assessment read-only, the home action per status, the team's answers on consensus, an expired session that
/// keeps the answer being saved, the comparison group chooser, an indicator over the years, print, focus and
/// loading, Polish validation messages; then every page at both sizes through axe-core and the no-sideways-scroll
/// check, with screenshots.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PagesBrowserTests(BrowserApp app)
{
    private const string Zorawina = "0223092";
    private const string KatyWroclawskie = "0223043";
    private const string OlesnicaRural = "0214062";
    private const string OlesnicaTown = "0214011";

    [Fact]
    public async Task A_note_is_saved_with_the_answer_shown_again_after_reload_and_kept_by_the_server()
    {
        var login = await app.CreateUserAsync("jst", Zorawina);
        var page = await app.NewPageAsync();
        await page.GotoAsync("/#/ankieta/samoocena/" + Zorawina + "/T1");
        await SignInAsync(page, login);
        await Expect(page.Locator("h1")).ToHaveTextAsync("T1. Planowanie strategiczne rozwoju");

        await SaveAsync(page, () => page.Locator("#q-T1_1-3").CheckAsync());
        var question = page.Locator("fieldset.question[data-question='T1.1']");
        await question.GetByText("Dodaj notatkę (uzasadnienie, dowód)").ClickAsync();
        var note = question.GetByLabel("Notatka do pytania T1.1");
        await SaveAsync(page, async () => { await note.FillAsync("Uchwała nr XII/84/2024 Rady Gminy, strategia do 2030 r."); await note.BlurAsync(); });
        await Expect(question.Locator(".note-counter")).ToHaveTextAsync("55 / 2000 znaków");
        (await note.GetAttributeAsync("maxlength")).Should().Be("2000");

        await page.ReloadAsync();
        await Expect(page.Locator("fieldset.question[data-question='T1.1']").GetByLabel("Notatka do pytania T1.1"))
            .ToHaveValueAsync("Uchwała nr XII/84/2024 Rady Gminy, strategia do 2030 r.");

        using var api = await app.ApiAsync(login, BrowserApp.UserPassword);
        using var mine = JsonDocument.Parse(await api.GetStringAsync($"/api/assessments/samoocena/{Zorawina}/responses/me"));
        mine.RootElement.GetProperty("notes").GetProperty("T1.1").GetString().Should().Be("Uchwała nr XII/84/2024 Rady Gminy, strategia do 2030 r.");
        mine.RootElement.GetProperty("answers").GetProperty("T1.1").GetInt32().Should().Be(3);
    }

    [Fact]
    public async Task The_home_action_follows_the_status_and_a_closed_assessment_is_read_only()
    {
        var login = await app.CreateUserAsync("jst", OlesnicaRural);
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await SignInAsync(page, login);
        var card = page.Locator(".assessment-card").First;
        await Expect(card.GetByRole(AriaRole.Link, new() { Name = "Rozpocznij", Exact = true })).ToBeVisibleAsync();
        await Expect(page.Locator("#grupa-gminy")).ToHaveTextAsync(new Regex("^Porównujemy z grupą: gminy wiejskie, 10–20 tys\\. mieszkańców \\(\\d+ gmin[y]?\\)\\.$"));

        using var api = await app.ApiAsync(login, BrowserApp.UserPassword);
        (await api.PutAsJsonAsync($"/api/assessments/samoocena/{OlesnicaRural}/responses/me", new { answers = new Dictionary<string, object> { ["T1.1"] = 2 } })).EnsureSuccessStatusCode();
        await page.ReloadAsync();
        await Expect(card.GetByRole(AriaRole.Link, new() { Name = "Kontynuuj", Exact = true })).ToBeVisibleAsync();


        await SubmitEverythingAsync(api, OlesnicaRural);
        var closed = await api.PostAsync($"/api/assessments/samoocena/{OlesnicaRural}/close", null);
        closed.IsSuccessStatusCode.Should().BeTrue(await closed.Content.ReadAsStringAsync());
        await page.ReloadAsync();
        await Expect(card.Locator(".button.primary")).ToHaveTextAsync("Zobacz wyniki");
        await Expect(card.GetByRole(AriaRole.Link, new() { Name = "Kontynuuj", Exact = true })).ToHaveCountAsync(0);

        await card.GetByRole(AriaRole.Link, new() { Name = "Przejrzyj odpowiedzi" }).ClickAsync();
        await Expect(page.GetByText("Ocena gminy została zamknięta — odpowiedzi można przeglądać, ale nie zmieniać.")).ToBeVisibleAsync();
        await Expect(page.Locator("#q-T1_1-2")).ToBeDisabledAsync();
        await Expect(page.Locator("fieldset.question input:enabled, fieldset.question textarea:enabled")).ToHaveCountAsync(0);
        await Expect(page.Locator("#przeslij")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Consensus_shows_each_members_answer_and_note_counts_resolved_disagreements_and_close_warns()
    {
        var first = await app.CreateUserAsync("jst", KatyWroclawskie);
        var second = await app.CreateUserAsync("jst", KatyWroclawskie);
        var third = await app.CreateUserAsync("jst", KatyWroclawskie);
        // Two submitted sheets differing only in T1.1 (0 against 4: one disagreement); a third member has only started.
        using (var a = await app.ApiAsync(first, BrowserApp.UserPassword))
            await SubmitEverythingAsync(a, KatyWroclawskie, new() { ["T1.1"] = 0 }, new() { ["T1.1"] = "Brak strategii — projekt w konsultacjach." });
        using (var b = await app.ApiAsync(second, BrowserApp.UserPassword))
            await SubmitEverythingAsync(b, KatyWroclawskie, new() { ["T1.1"] = 4 });
        using (var c = await app.ApiAsync(third, BrowserApp.UserPassword))
            (await c.PutAsJsonAsync($"/api/assessments/samoocena/{KatyWroclawskie}/responses/me", new { answers = new Dictionary<string, object> { ["T1.2"] = 2 } })).EnsureSuccessStatusCode();

        var page = await app.NewPageAsync();
        await page.GotoAsync($"/#/konsensus/samoocena/{KatyWroclawskie}");
        await SignInAsync(page, first);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Uzgodnienie zespołu: Kąty Wrocławskie");
        var question = page.Locator(".question[data-question='T1.1']");
        await Expect(question.Locator(".member-answers li")).ToHaveCountAsync(3);
        await Expect(question.Locator(".member-answers")).ToContainTextAsync("0 · ");
        await Expect(question.Locator(".member-answers")).ToContainTextAsync("4 · ");
        await Expect(question.Locator(".member-note")).ToHaveTextAsync("Notatka: Brak strategii — projekt w konsultacjach.");
        await Expect(page.Locator("#licznik-rozbieznosci")).ToHaveTextAsync("Rozwiązane rozbieżności: 0 z 1.");
        await PageChecks.AssertPageAsync(page, "konsensus");

        var saved = await page.RunAndWaitForResponseAsync(() => question.GetByLabel("Uzgodniona odpowiedź:").SelectOptionAsync("2"),
            r => r.Url.EndsWith("/consensus", StringComparison.Ordinal));
        saved.Status.Should().Be(200);
        await Expect(page.Locator("#licznik-rozbieznosci")).ToHaveTextAsync("Rozwiązane rozbieżności: 1 z 1.");

        // The team is read when the button is pressed, then the question is asked: wait for it, decline it.
        var asked = new TaskCompletionSource<string>();
        page.Dialog += (_, dialog) => { asked.TrySetResult(dialog.Message); dialog.DismissAsync(); };
        await page.Locator("#zamknij-ocene").ClickAsync();
        (await asked.Task.WaitAsync(TimeSpan.FromSeconds(20))).Should().Be("1 osoba z zespołu nie przesłała ankiety (Użytkownik jst). Zamknąć ocenę gminy mimo to? Wynik zostanie zamrożony.");
        await Expect(page.Locator("#zamknij-ocene")).ToBeEnabledAsync();
        using var api = await app.ApiAsync(first, BrowserApp.UserPassword);
        using var assessment = JsonDocument.Parse(await api.GetStringAsync($"/api/assessments/samoocena/{KatyWroclawskie}"));
        assessment.RootElement.GetProperty("status").GetString().Should().NotBe("closed", "declining the warning closes nothing");
    }

    [Fact]
    public async Task An_expired_session_asks_to_sign_in_on_the_same_page_in_Polish_and_the_answer_is_saved_after()
    {
        var login = await app.CreateUserAsync("jst", Zorawina);
        var page = await app.NewPageAsync();
        await page.GotoAsync($"/#/ankieta/samoocena/{Zorawina}/T2");
        await SignInAsync(page, login);
        await Expect(page.Locator("h1")).ToHaveTextAsync(new Regex("^T2\\. "));

        await page.Context.ClearCookiesAsync(); // the session is gone (expired, or signed out in another tab)
        await page.Locator("#q-T2_1-1").CheckAsync();
        var dialog = page.GetByRole(AriaRole.Dialog, new() { Name = "Sesja wygasła" });
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog.GetByLabel("Login")).ToHaveValueAsync(login);
        await Expect(page.Locator("h1")).ToHaveTextAsync(new Regex("^T2\\. "), new() { Timeout = 1000 });

        // The browser's own validation speaks Polish.
        await dialog.GetByRole(AriaRole.Button, new() { Name = "Zaloguj i kontynuuj" }).ClickAsync();
        (await dialog.GetByLabel("Hasło").EvaluateAsync<string>("e => e.validationMessage")).Should().Be("To pole jest wymagane.");

        await dialog.GetByLabel("Hasło").FillAsync(BrowserApp.UserPassword);
        var retried = await page.RunAndWaitForResponseAsync(() => dialog.GetByRole(AriaRole.Button, new() { Name = "Zaloguj i kontynuuj" }).ClickAsync(),
            r => r.Url.EndsWith("/responses/me", StringComparison.Ordinal) && r.Request.Method == "PUT");
        retried.Status.Should().Be(200);
        await Expect(dialog).ToHaveCountAsync(0);
        await Expect(page.Locator("#stan-zapisu")).ToContainTextAsync("Zapisano");

        using var api = await app.ApiAsync(login, BrowserApp.UserPassword);
        using var mine = JsonDocument.Parse(await api.GetStringAsync($"/api/assessments/samoocena/{Zorawina}/responses/me"));
        mine.RootElement.GetProperty("answers").GetProperty("T2.1").GetInt32().Should().Be(1);
    }

    [Fact]
    public async Task Results_compare_with_a_chosen_group_named_in_words_and_print_as_a_clean_report()
    {
        var login = await app.CreateUserAsync("jst", OlesnicaTown);
        var page = await app.NewPageAsync();
        await page.GotoAsync($"/#/wyniki/samoocena/{OlesnicaTown}");
        await SignInAsync(page, login);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Wyniki: Oleśnica");
        var group = page.Locator(".kpi").Filter(new() { HasText = "Grupa porównawcza" }).Locator(".kpi-value");
        await Expect(group).ToHaveTextAsync(new Regex("^gminy miejskie"));

        var reloaded = await page.RunAndWaitForResponseAsync(() => page.GetByLabel("Porównaj z grupą").SelectOptionAsync("neighbours"),
            r => r.Url.Contains("peers=neighbours", StringComparison.Ordinal));
        reloaded.Status.Should().Be(200);
        await Expect(group).ToHaveTextAsync("15 gmin najbardziej podobnych (ludność, powierzchnia, gęstość zaludnienia) i ta gmina");
        await page.GetByLabel("Porównaj z grupą").SelectOptionAsync("voivodeship");
        await Expect(group).ToHaveTextAsync("gminy województwa: dolnośląskie");

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator(".topbar")).ToBeHiddenAsync();
        await Expect(page.Locator("#pobierz-raport")).ToBeHiddenAsync();
        await Expect(page.Locator(".peer-chooser")).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Wyniki i poziomy dojrzałości" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Plan działań" })).ToBeVisibleAsync();
        await page.PdfAsync(new() { Path = Path.Combine(BrowserApp.ScreenshotFolder, "wyniki-druk.pdf"), Format = "A4" });
        await page.EmulateMediaAsync(new() { Media = Media.Screen });
        await Expect(page.Locator(".topbar")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task An_indicator_is_shown_over_three_years_against_the_group_median_and_quartiles()
    {
        var login = await app.CreateUserAsync("jst", OlesnicaTown);
        var page = await app.NewPageAsync(390, 844);
        await page.GotoAsync($"/#/wskazniki/{OlesnicaTown}/2024");
        await SignInAsync(page, login);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Wskaźniki 2024: Oleśnica");
        var history = page.Locator("section").Filter(new() { Has = page.GetByRole(AriaRole.Heading, new() { Name = "Wskaźnik w kolejnych latach na tle grupy" }) });
        await Expect(history.Locator("tbody tr")).ToHaveCountAsync(3);
        await Expect(history.Locator("tbody tr th")).ToHaveTextAsync(["2022", "2023", "2024"]);
        await Expect(history.Locator("svg polygon.band")).ToHaveCountAsync(1);
        await Expect(history.Locator("svg circle.series-point")).Not.ToHaveCountAsync(0);
        await Expect(history).Not.ToContainTextAsync("EDU_01");
        (await PageChecks.HorizontalOverflowAsync(page)).Should().Be(0, await PageChecks.TooWideAsync(page));

        await history.GetByLabel("Porównaj z grupą").SelectOptionAsync("all");
        await Expect(history.Locator("p.muted").First).ToContainTextAsync("Grupa: wszystkie gminy w Polsce");

        // Every indicator of the values table opens its own chart.
        var chartTitle = await history.Locator("svg > title").TextContentAsync();
        await page.Locator("button[data-chart='EDU_02']").ClickAsync();
        await Expect(page.Locator("#historia-wskaznik")).ToHaveValueAsync("EDU_02");
        await Expect(page.Locator("#historia")).ToBeFocusedAsync();
        await Expect(history.Locator("svg > title")).Not.ToHaveTextAsync(chartTitle!);
        await Expect(history.Locator("svg > title")).ToHaveTextAsync(new Regex("w latach 2022–2024$"));
    }

    [Fact]
    public async Task A_slow_page_change_shows_loading_and_focus_moves_to_the_new_heading()
    {
        var login = await app.CreateUserAsync("jst", Zorawina);
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await SignInAsync(page, login);
        await Expect(page.Locator(".assessment-card .actions")).ToBeVisibleAsync();

        var release = new TaskCompletionSource();
        await page.RouteAsync("**/api/questionnaires/samoocena/rounds", async route => { await release.Task; await route.ContinueAsync(); });
        await page.GotoAsync($"/#/wyniki/samoocena/{Zorawina}");
        await Expect(page.Locator(".page-loading")).ToHaveTextAsync("Wczytywanie strony…");
        release.SetResult();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Wyniki: Żórawina");
        await Expect(page.Locator(".page-loading")).ToHaveCountAsync(0);
        await Expect(page.Locator("h1")).ToBeFocusedAsync();
    }

    [Fact]
    public async Task A_visitor_can_try_the_demo_team_continue_the_questionnaire_see_the_team_and_the_listed_demo_cohort()
    {
        const string demoPassword = "Demo-Samoocena-2026!";
        var page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("Login").FillAsync("demo-jst-1");
        await page.GetByLabel("Hasło").FillAsync(demoPassword);
        await page.GetByLabel("Hasło").PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Gmina Żórawina" })).ToBeVisibleAsync();
        var card = page.Locator(".assessment-card").First;
        await Expect(card.Locator(".button.primary")).ToHaveTextAsync("Kontynuuj");
        await card.GetByRole(AriaRole.Link, new() { Name = "Uzgodnienie zespołu" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Uzgodnienie zespołu: Żórawina");
        await Expect(page.Locator(".team-list")).ToContainTextAsync("w trakcie");
        await page.GetByLabel("Pokaż tylko rozbieżności").UncheckAsync();
        await Expect(page.Locator(".question[data-question='T1.1'] .member-note").First).ToBeVisibleAsync();

        // The programme cohort Żórawina belongs to is a comparison group its staff can choose by name.
        await page.GotoAsync("/#/wyniki/samoocena/0223092");
        await Expect(page.Locator("h1")).ToHaveTextAsync("Wyniki: Żórawina");
        var cohortOption = "kohorta „Program demonstracyjny „Samoocena na Dolnym Śląsku” (dane demonstracyjne)”";
        await page.GetByLabel("Porównaj z grupą").SelectOptionAsync(new SelectOptionValue { Label = cohortOption });
        await Expect(page.Locator(".kpi").Filter(new() { HasText = "Grupa porównawcza" }).Locator(".kpi-value")).ToHaveTextAsync(cohortOption);
        await page.Context.CloseAsync();

        page = await app.NewPageAsync();
        await page.GotoAsync("/");
        await page.GetByLabel("Login").FillAsync("demo-koordynator");
        await page.GetByLabel("Hasło").FillAsync(demoPassword);
        await page.GetByLabel("Hasło").PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Pulpit koordynatora" })).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Program demonstracyjny „Samoocena na Dolnym Śląsku” (dane demonstracyjne)" }).ClickAsync();
        await Expect(page.Locator("#tabela-kohorty")).ToContainTextAsync("Żórawina");
        await Expect(page.GetByLabel("Kohorta")).ToHaveValueAsync("demo-dolny-slask");
    }

    [Fact]
    public async Task Every_JST_and_coordinator_page_passes_axe_and_fits_the_screen_at_both_sizes()
    {
        var jst = await app.CreateUserAsync("jst", Zorawina);
        var coordinator = await app.CreateUserAsync("coordinator");
        using (var api = await app.ApiAsync(coordinator, BrowserApp.UserPassword))
            (await api.PutAsJsonAsync("/api/cohorts/dostepnosc", new { name = "Kohorta — Wrocław i okolice", members = new[] { Zorawina, KatyWroclawskie, OlesnicaTown } })).EnsureSuccessStatusCode();
        var jstPages = new (string Hash, string Name)[]
        {
            ("#/", "pulpit-jst"), ($"#/ankieta/samoocena/{Zorawina}/T1", "ankieta"), ($"#/konsensus/samoocena/{Zorawina}", "konsensus-jst"),
            ($"#/wyniki/samoocena/{Zorawina}", "wyniki"), ($"#/wskazniki/{Zorawina}/2024", "wskazniki"), ("#/haslo", "haslo"),
        };
        var coordinatorPages = new (string Hash, string Name)[]
        {
            ("#/", "pulpit-koordynatora"), ("#/kohorty/dostepnosc/samoocena", "kohorta"), ($"#/wyniki/samoocena/{KatyWroclawskie}", "wyniki-koordynator"),
        };
        foreach (var (width, height) in PageChecks.Sizes)
        {
            var page = await app.NewPageAsync(width, height);
            await page.GotoAsync("/");
            await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Logowanie" })).ToBeVisibleAsync();
            await PageChecks.AssertPageAsync(page, "logowanie");
            await SignInAsync(page, jst);
            await VisitAllAsync(page, jstPages);
            await page.Context.CloseAsync();

            page = await app.NewPageAsync(width, height);
            await page.GotoAsync("/");
            await SignInAsync(page, coordinator);
            await VisitAllAsync(page, coordinatorPages);
            await page.Context.CloseAsync();
        }
        app.PolicyViolations.Should().BeEmpty("no page may trip the Content-Security-Policy");
    }

    /// <summary>Answers every question of the questionnaire (the lowest level, or "no", unless given) and submits, through the API.</summary>
    private static async Task SubmitEverythingAsync(HttpClient api, string teryt, Dictionary<string, object>? given = null, Dictionary<string, string>? notes = null)
    {
        using var definition = JsonDocument.Parse(await api.GetStringAsync("/api/questionnaires/samoocena"));
        var answers = new Dictionary<string, object>();
        foreach (var area in definition.RootElement.GetProperty("areas").EnumerateArray())
            foreach (var theme in area.GetProperty("themes").EnumerateArray())
                foreach (var question in theme.GetProperty("questions").EnumerateArray())
                    answers[question.GetProperty("id").GetString()!] = question.GetProperty("kind").GetString() == "yesno" ? false : 0;
        foreach (var (id, value) in given ?? []) answers[id] = value;
        (await api.PutAsJsonAsync($"/api/assessments/samoocena/{teryt}/responses/me", new { answers, notes = notes ?? [] })).EnsureSuccessStatusCode();
        (await api.PostAsync($"/api/assessments/samoocena/{teryt}/responses/me/submit", null)).EnsureSuccessStatusCode();
    }

    private static async Task VisitAllAsync(IPage page, (string Hash, string Name)[] pages)
    {
        foreach (var (hash, name) in pages)
        {
            await page.GotoAsync($"/{hash}");
            await Expect(page.Locator("#app")).Not.ToHaveAttributeAsync("aria-busy", "true");
            await Expect(page.Locator("#app h1")).ToBeVisibleAsync();
            await Expect(page.Locator("[aria-busy='true']")).ToHaveCountAsync(0);
            await PageChecks.AssertPageAsync(page, name);
        }
    }
}

using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Samoocena.Tests.Browser;

/// <summary>
/// The admin pages in real Chromium: users (create with the gmina chosen by name, change, reset password, lock),
/// imports (upload progress, every refused row with its reason and nothing stored, then a good file), the audit log,
/// the role checks, and for each page at 1280×800 and 390×844: no sideways scroll, no serious or critical axe-core
/// violation, keyboard focus that reaches the controls and is visible; screenshots to artifacts/screenshots.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AdminBrowserTests(BrowserApp app)
{
    private const string Zorawina = "0223092";

    [Fact]
    public async Task Admin_creates_a_jst_user_choosing_the_gmina_by_name_changes_it_resets_the_password_locks_it_and_sees_it_in_the_log()
    {
        var login = $"jst-{Guid.NewGuid():N}"[..16];
        var page = await app.NewPageAsync();
        await page.Context.GrantPermissionsAsync(["clipboard-read", "clipboard-write"], new() { Origin = app.BaseUrl });
        await page.GotoAsync("/#/uzytkownicy");
        await SignInAsync(page, "admin", BrowserApp.AdminPassword);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Użytkownicy");
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Główna nawigacja" });
        await Expect(nav.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Pulpit", "Rankingi", "Nagrody", "Importy", "Użytkownicy", "Dziennik zmian"]);

        var form = page.Locator("#nowy-uzytkownik");
        // Client-side rules in Polish next to the field, and the server's refusal of a taken login next to the login.
        await form.GetByLabel("Login").FillAsync("admin");
        await form.GetByLabel("Hasło startowe").FillAsync("aaaaaaaaaaaaaa");
        await Expect(form.Locator(".rule-ok")).ToHaveTextAsync(["co najmniej 12 znaków", "inne niż login"]);
        await form.GetByRole(AriaRole.Button, new() { Name = "Utwórz użytkownika" }).ClickAsync();
        await Expect(page.Locator("#nu-haslo-blad")).ToHaveTextAsync("Hasło nie spełnia zasady: nie jeden powtórzony znak (np. „aaaaaaaaaaaa”).");
        await Expect(page.Locator("#nu-haslo")).ToHaveAttributeAsync("aria-invalid", "true");
        await Expect(page.Locator("#nu-bledy")).ToHaveTextAsync("Popraw zaznaczone pola.");
        await form.GetByLabel("Rola").SelectOptionAsync(new SelectOptionValue { Label = "koordynator" });
        await form.GetByLabel("Hasło startowe").FillAsync(BrowserApp.UserPassword);
        var taken = await page.RunAndWaitForResponseAsync(() => form.GetByRole(AriaRole.Button, new() { Name = "Utwórz użytkownika" }).ClickAsync(),
            r => r.Url.EndsWith("/api/users", StringComparison.Ordinal) && r.Request.Method == "POST");
        taken.Status.Should().Be(409);
        await Expect(page.Locator("#nu-login-blad")).ToHaveTextAsync("Użytkownik 'admin' już istnieje.");
        await BrowserApp.ScreenshotAsync(page, "admin-uzytkownicy-bledy");

        // The real user: a JST employee of Żórawina, found by typing the name without diacritics.
        await form.GetByLabel("Login").FillAsync(login);
        await Expect(page.Locator("#nu-login-blad")).ToBeHiddenAsync();
        await form.GetByLabel("Imię i nazwisko (nazwa wyświetlana)").FillAsync("Anna Łęcka");
        await form.GetByLabel("Rola").SelectOptionAsync(new SelectOptionValue { Label = "pracownik JST" });
        await form.GetByLabel("Gmina", new() { Exact = true }).FillAsync("zorawina");
        await form.GetByRole(AriaRole.Button, new() { Name = "Żórawina" }).ClickAsync();
        await Expect(form.Locator(".picker-chosen")).ToContainTextAsync($"Wybrano: Żórawina (gmina wiejska, powiat wrocławski, woj. dolnośląskie, TERYT {Zorawina})");
        await Expect(form.Locator(".rule-ok")).ToHaveCountAsync(3);
        var created = await page.RunAndWaitForResponseAsync(() => form.GetByRole(AriaRole.Button, new() { Name = "Utwórz użytkownika" }).ClickAsync(),
            r => r.Url.EndsWith("/api/users", StringComparison.Ordinal) && r.Request.Method == "POST");
        created.Status.Should().Be(201, await created.TextAsync());
        var row = page.Locator($"#lista-uzytkownikow tr[data-login='{login}']");
        await Expect(row.Locator("th, td")).ToHaveTextAsync([login, "Anna Łęcka", "pracownik JST", "Żórawina", "aktywne", "nigdy", $"Zmień konto {login}Zablokuj konto {login}Resetuj hasło użytkownika {login}"]);
        (await UserAsync(login)).GetProperty("teryt").GetString().Should().Be(Zorawina);

        // Search narrows the list, diacritics and case ignored.
        await page.GetByLabel("Szukaj").FillAsync("ANNA LECKA");
        await Expect(page.Locator("#lista-uzytkownikow tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("#uzytkownicy-licznik")).ToHaveTextAsync(new Regex(@"^Pasuje 1 użytkownik z \d+\.$"));
        await page.GetByLabel("Szukaj").FillAsync("");

        // Change the display name.
        await row.GetByRole(AriaRole.Button, new() { Name = $"Zmień konto {login}" }).ClickAsync();
        var edit = page.GetByRole(AriaRole.Dialog, new() { Name = $"Zmiana konta {login}" });
        await Expect(edit.GetByLabel("Gmina", new() { Exact = true })).ToHaveValueAsync("Żórawina");
        await edit.GetByLabel("Imię i nazwisko (nazwa wyświetlana)").FillAsync("Anna Nowak");
        await edit.GetByRole(AriaRole.Button, new() { Name = "Zapisz zmiany" }).ClickAsync();
        await Expect(edit).ToHaveCountAsync(0);
        await Expect(row.Locator("td").Nth(0)).ToHaveTextAsync("Anna Nowak");
        (await UserAsync(login)).GetProperty("displayName").GetString().Should().Be("Anna Nowak");

        // Reset: confirmed, the temporary password shown once with a copy button; it is the user's real password now.
        await row.GetByRole(AriaRole.Button, new() { Name = $"Resetuj hasło użytkownika {login}" }).ClickAsync();
        var confirm = page.GetByRole(AriaRole.Dialog, new() { Name = $"Zresetować hasło użytkownika {login}?" });
        await confirm.GetByRole(AriaRole.Button, new() { Name = "Resetuj hasło" }).ClickAsync();
        var shown = page.GetByRole(AriaRole.Dialog, new() { Name = "Hasło tymczasowe" });
        var temporary = shown.GetByLabel("Hasło tymczasowe");
        await Expect(temporary).ToHaveValueAsync(new Regex("^[A-Za-z0-9]{5}(-[A-Za-z0-9]{5}){3}$"));
        await Expect(shown).ToContainTextAsync("Przy następnym logowaniu użytkownik musi ustawić własne hasło.");
        await shown.GetByRole(AriaRole.Button, new() { Name = "Kopiuj hasło" }).ClickAsync();
        await Expect(shown.Locator("#haslo-skopiowane")).ToHaveTextAsync("Skopiowano hasło do schowka.");
        var password = await temporary.InputValueAsync();
        (await page.EvaluateAsync<string>("navigator.clipboard.readText()")).Should().Be(password);
        await BrowserApp.ScreenshotAsync(page, "admin-haslo-tymczasowe");
        (await app.ApiAsync(login, password)).Dispose();
        await shown.GetByRole(AriaRole.Button, new() { Name = "Zamknij" }).ClickAsync();
        await Expect(row.Locator("td").Nth(3)).ToHaveTextAsync("czeka na zmianę hasła");

        // Lock, confirmed; then the row offers unlocking.
        await row.GetByRole(AriaRole.Button, new() { Name = $"Zablokuj konto {login}" }).ClickAsync();
        var lockDialog = page.GetByRole(AriaRole.Dialog, new() { Name = $"Zablokować konto {login}?" });
        await Expect(lockDialog.GetByRole(AriaRole.Button, new() { Name = "Anuluj" })).ToBeFocusedAsync();
        await lockDialog.GetByRole(AriaRole.Button, new() { Name = "Zablokuj konto" }).ClickAsync();
        await Expect(row.Locator("td").Nth(3)).ToHaveTextAsync("zablokowane");
        await Expect(row.GetByRole(AriaRole.Button, new() { Name = $"Odblokuj konto {login}" })).ToBeVisibleAsync();
        (await UserAsync(login)).GetProperty("locked").GetBoolean().Should().BeTrue();

        // The log: newest first, kinds and roles in words, the gmina by name.
        await nav.GetByRole(AriaRole.Link, new() { Name = "Dziennik zmian" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Dziennik zmian");
        var first = page.Locator("#dziennik tbody tr").First;
        await Expect(first.Locator("td").Nth(1)).ToHaveTextAsync("admin");
        await Expect(first.Locator("td").Nth(2)).ToHaveTextAsync("Zablokowanie konta");
        await Expect(first.Locator("td").Nth(3)).ToHaveTextAsync(login);
        await page.GetByLabel("Rodzaj działania").SelectOptionAsync(new SelectOptionValue { Label = "Utworzenie konta" });
        await Expect(page.Locator("#dziennik tbody tr").First.Locator("td").Nth(3)).ToHaveTextAsync(login);
        await Expect(page.Locator("#dziennik tbody tr").First.Locator("td").Nth(2)).ToHaveTextAsync("Utworzenie konta");
        await Expect(page.Locator("#dziennik tbody tr").First.Locator("td").Nth(4)).ToHaveTextAsync($"rola: pracownik JST, gmina: Żórawina ({Zorawina})");
        await Expect(page.Locator("#dziennik tbody tr[data-type]:not([data-type='user.created'])")).ToHaveCountAsync(0);
        await BrowserApp.ScreenshotAsync(page, "admin-dziennik-filtr");
        app.PolicyViolations.Should().BeEmpty("no page may trip the Content-Security-Policy");
    }

    [Fact]
    public async Task Metrics_import_shows_upload_progress_lists_every_refused_row_stores_nothing_then_imports_a_good_file()
    {
        using var admin = await app.ApiAsync("admin", BrowserApp.AdminPassword);
        var before = await MetricAsync(admin, "EDU_02");
        var page = await app.NewPageAsync();
        await page.GotoAsync("/#/importy");
        await SignInAsync(page, "admin", BrowserApp.AdminPassword);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Importy danych");
        await Expect(page.Locator("#app").GetByRole(AriaRole.Link, new() { Name = "Import BDL", Exact = true })).ToHaveAttributeAsync("href", "#/import/bdl");
        var card = page.Locator("#wskazniki-formularz");

        // Nothing chosen: a Polish message at the field.
        await card.GetByRole(AriaRole.Button, new() { Name = "Importuj plik" }).ClickAsync();
        await Expect(card.Locator("#wskazniki-blad")).ToHaveTextAsync("Wybierz plik do importu.");

        // A file with two bad rows among good ones: every bad row with its reason, and nothing stored.
        await card.GetByLabel("Plik do importu").SetInputFilesAsync(Csv("wskazniki-bledne.csv",
            $"teryt,year,indicatorId,value\n{Zorawina},2024,EDU_02,123.456\n9999999,2024,EDU_02,1\n{Zorawina},2024,NIE_MA,abc\n"));
        await Expect(card.Locator("#wskazniki-wybrany")).ToHaveTextAsync("Wybrany plik: wskazniki-bledne.csv (1 KB)");
        await card.GetByRole(AriaRole.Button, new() { Name = "Importuj plik" }).ClickAsync();
        var result = card.Locator("#wskazniki-wynik");
        await Expect(result.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Nic nie zostało zapisane. Plik ma błędy: 2 wiersze do poprawy. Popraw je i wczytaj cały plik ponownie.");
        await Expect(result.Locator("tbody tr")).ToHaveCountAsync(2);
        await Expect(result.Locator("tbody tr").Nth(0).Locator("td")).ToHaveTextAsync(["3", "nieznany kod TERYT '9999999'"]);
        await Expect(result.Locator("tbody tr").Nth(1).Locator("td")).ToHaveTextAsync(["4", "nieznany wskaźnik 'NIE_MA'; wartość 'abc' nie jest liczbą"]);
        (await MetricAsync(admin, "EDU_02")).Should().Be(before, "a refused file stores nothing, not even its good rows");
        await BrowserApp.ScreenshotAsync(page, "admin-importy-odrzucone");

        // A larger refused file on a slow upload: the bar shows percentages, then the server's validation (indeterminate).
        var cdp = await page.Context.NewCDPSessionAsync(page);
        await cdp.SendAsync("Network.enable");
        await cdp.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
        {
            ["offline"] = false, ["latency"] = 0, ["downloadThroughput"] = -1, ["uploadThroughput"] = 32 * 1024,
        });
        await page.EvaluateAsync("""
            () => {
              window.postepy = [];
              const bar = document.getElementById('wskazniki-postep');
              const label = document.getElementById('wskazniki-postep-etykieta');
              const note = () => window.postepy.push(`${bar.hasAttribute('value') ? bar.value : 'nieokreślony'}|${label.textContent}`);
              new MutationObserver(note).observe(bar.parentElement, { attributes: true, subtree: true, childList: true, characterData: true });
            }
            """);
        var many = new StringBuilder("teryt,year,indicatorId,value\n");
        for (var i = 0; i < 3000; i++) many.Append("9999999,2024,EDU_02,1\n");
        await card.GetByLabel("Plik do importu").SetInputFilesAsync(Csv("wskazniki-duze.csv", many.ToString()));
        await card.GetByRole(AriaRole.Button, new() { Name = "Importuj plik" }).ClickAsync();
        await Expect(card.Locator("#wskazniki-postep")).ToBeVisibleAsync();
        await Expect(result.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Nic nie zostało zapisane. Plik ma błędy: 3000 wierszy do poprawy. Popraw je i wczytaj cały plik ponownie.");
        await Expect(result.Locator("tbody tr")).ToHaveCountAsync(3000);
        await Expect(card.Locator("#wskazniki-postep")).ToBeHiddenAsync();
        var states = await page.EvaluateAsync<string[]>("window.postepy");
        states.Should().Contain(s => Regex.IsMatch(s, @"^([1-9]|[1-9]\d)\|Wysyłanie pliku$"), "the upload shows its percentage: {0}", string.Join(", ", states));
        states.Should().Contain("nieokreślony|Serwer sprawdza plik");
        await cdp.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
        {
            ["offline"] = false, ["latency"] = 0, ["downloadThroughput"] = -1, ["uploadThroughput"] = -1,
        });

        // A good file: the count, and the value is stored.
        await card.GetByLabel("Plik do importu").SetInputFilesAsync(Csv("wskazniki.csv", $"teryt,year,indicatorId,value\n{Zorawina},2024,EDU_02,123.456\n"));
        await card.GetByRole(AriaRole.Button, new() { Name = "Importuj plik" }).ClickAsync();
        await Expect(result.GetByRole(AriaRole.Status)).ToHaveTextAsync("Import zapisany. Zaimportowano 1 wartość wskaźników.");
        (await MetricAsync(admin, "EDU_02")).Should().Be(123.456);
        await BrowserApp.ScreenshotAsync(page, "admin-importy-zapisany");
        app.PolicyViolations.Should().BeEmpty("no page may trip the Content-Security-Policy");
    }

    [Fact]
    public async Task Budget_import_lists_refused_rows_and_a_coordinator_has_imports_but_no_admin_pages()
    {
        var coordinator = await app.CreateUserAsync("coordinator");
        var page = await app.NewPageAsync();
        await page.GotoAsync("/#/importy");
        await SignInAsync(page, coordinator, BrowserApp.UserPassword);
        var nav = page.GetByRole(AriaRole.Navigation, new() { Name = "Główna nawigacja" });
        await Expect(nav.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Pulpit", "Rankingi", "Nagrody", "Importy"]);
        await Expect(page.Locator("h1")).ToHaveTextAsync("Importy danych");
        var card = page.Locator("#budzet-formularz");
        await card.GetByLabel("Plik do importu").SetInputFilesAsync(Csv("budzet.csv",
            $"teryt;year;dzial;rozdzial;paragraf;amount\n{Zorawina};2022;900;90001;6050;125000,50\n9999999;2022;900;90001;6050;10\n"));
        await card.GetByRole(AriaRole.Button, new() { Name = "Importuj plik" }).ClickAsync();
        var result = card.Locator("#budzet-wynik");
        await Expect(result.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Nic nie zostało zapisane. Plik ma błędy: 1 wiersz do poprawy. Popraw je i wczytaj cały plik ponownie.");
        await Expect(result.Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(result.Locator("tbody tr td").First).ToHaveTextAsync("3");
        await BrowserApp.ScreenshotAsync(page, "admin-importy-budzet-odrzucony");

        foreach (var hash in new[] { "#/uzytkownicy", "#/dziennik" })
        {
            await page.GotoAsync($"/{hash}");
            await Expect(page.Locator("h1")).ToHaveTextAsync("Brak uprawnień");
            await Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Ta strona jest dostępna tylko dla ról: administrator. Jeśli potrzebujesz dostępu, poproś administratora.");
            await Expect(page).ToHaveTitleAsync("Brak uprawnień · Samoocena JST");
        }
        await BrowserApp.ScreenshotAsync(page, "admin-brak-uprawnien");

        var jst = await app.CreateUserAsync("jst", Zorawina);
        var other = await app.NewPageAsync();
        await other.GotoAsync("/#/importy");
        await SignInAsync(other, jst, BrowserApp.UserPassword);
        await Expect(other.Locator("h1")).ToHaveTextAsync("Brak uprawnień");
        await Expect(other.GetByRole(AriaRole.Alert)).ToHaveTextAsync("Ta strona jest dostępna tylko dla ról: koordynator, administrator. Jeśli potrzebujesz dostępu, poproś administratora.");
        await Expect(other.GetByRole(AriaRole.Navigation, new() { Name = "Główna nawigacja" }).GetByRole(AriaRole.Link, new() { Name = "Importy" })).ToHaveCountAsync(0);
        app.PolicyViolations.Should().BeEmpty("no page may trip the Content-Security-Policy");
    }

    public static TheoryData<int, int> Sizes => new() { { 1280, 800 }, { 390, 844 } };

    [Theory]
    [MemberData(nameof(Sizes))]
    public async Task Every_admin_page_fits_the_width_passes_axe_and_is_usable_by_keyboard(int width, int height)
    {
        var page = await app.NewPageAsync(width, height);
        await page.GotoAsync("/#/uzytkownicy");
        await SignInAsync(page, "admin", BrowserApp.AdminPassword);
        var pages = new (string Hash, string Name, string Heading, string[] Controls)[]
        {
            ("#/uzytkownicy", "uzytkownicy", "Użytkownicy", ["nu-login", "nu-nazwa", "nu-rola"]),
            ("#/importy", "importy", "Importy danych", ["wskazniki-plik", "wskazniki-importuj"]),
            ("#/dziennik", "dziennik", "Dziennik zmian", ["dz-typ", "dz-kto"]),
        };
        foreach (var (hash, name, heading, controls) in pages)
        {
            await page.GotoAsync($"/{hash}");
            await Expect(page.Locator("h1")).ToHaveTextAsync(heading);
            await Expect(page.Locator("#app")).Not.ToHaveAttributeAsync("aria-busy", "true");
            await Expect(page.Locator(".loading, [role=status]:text('Wczytywanie…')")).ToHaveCountAsync(0);

            await PageChecks.AssertPageAsync(page, $"admin-{name}");

            // Keyboard: from the top, Tab reaches each control in order, each with a visible focus outline.
            await page.Locator(".skip-link").FocusAsync();
            foreach (var control in controls)
            {
                var reached = false;
                for (var i = 0; i < 40 && !reached; i++)
                {
                    await page.Keyboard.PressAsync("Tab");
                    reached = await page.EvaluateAsync<string>("document.activeElement?.id ?? ''") == control;
                }
                reached.Should().BeTrue($"Tab reaches #{control} on {name}");
                (await page.EvaluateAsync<string>("(() => { const s = getComputedStyle(document.activeElement); return `${s.outlineStyle} ${s.outlineWidth}`; })()"))
                    .Should().Be("solid 3px", $"#{control} shows where the focus is");
            }
        }
        app.PolicyViolations.Should().BeEmpty("no page may trip the Content-Security-Policy");
    }

    private async Task<JsonElement> UserAsync(string login)
    {
        using var admin = await app.ApiAsync("admin", BrowserApp.AdminPassword);
        var users = await admin.GetFromJsonAsync<JsonElement>("/api/users");
        return users.EnumerateArray().Single(u => u.GetProperty("login").GetString() == login);
    }

    private static async Task<double?> MetricAsync(HttpClient api, string indicatorId)
    {
        var metrics = await api.GetFromJsonAsync<JsonElement>($"/api/metrics/{Zorawina}/2024");
        return metrics.GetProperty("values").TryGetProperty(indicatorId, out var value) ? value.GetDouble() : null;
    }

    private static FilePayload Csv(string name, string text) =>
        new() { Name = name, MimeType = "text/csv", Buffer = Encoding.UTF8.GetBytes(text) };

    private static async Task SignInAsync(IPage page, string login, string password)
    {
        await page.GetByLabel("Login").FillAsync(login);
        await page.GetByLabel("Hasło").FillAsync(password);
        await page.GetByLabel("Hasło").PressAsync("Enter");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Wyloguj" })).ToBeVisibleAsync();
    }
}

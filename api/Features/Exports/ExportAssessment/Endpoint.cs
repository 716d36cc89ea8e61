using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Excel;
using Samoocena.Api.Features.Assessments;
using Samoocena.Questionnaires.Definitions;
using Samoocena.Questionnaires.Registry;
using Samoocena.Questionnaires.Scoring;
using Samoocena.Questionnaires.Statistics;
using Samoocena.Silo.Grains.Assessments;
using Samoocena.Silo.Grains.Errors;

namespace Samoocena.Api.Features.Exports.ExportAssessment;

/// <summary>
/// <c>GET /api/exports/assessments/{questionnaireId}/{teryt}.xlsx</c> (JST staff of the gmina, coordinators): one
/// municipality's report with sheets Wyniki, Odpowiedzi, Porównanie (default peer group), Plan działań and Metodologia.
/// Every number comes from the body of <c>GET /api/assessments/{questionnaireId}/{teryt}</c> (the same builder), so the
/// workbook and the JSON never disagree. <c>?round=</c> as there; the sheet Postęp shows the change since the previous
/// closed round. File <c>samoocena-&lt;questionnaireId&gt;-&lt;teryt&gt;-runda-&lt;round&gt;.xlsx</c>.
/// </summary>
public sealed class Endpoint : Endpoint<Request, PushStreamHttpResult>
{
    public override void Configure()
    {
        Get("assessments/{questionnaireId}/{teryt}.xlsx");
        Group<ExportsGroup>();
        Description(b => b.Produces(200, contentType: ExportsGroup.ExcelContentType));
    }

    public override Task<PushStreamHttpResult> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.QuestionnaireId, request.Teryt, HttpContext, Resolve<TimeProvider>(), ct);

    private static async Task<PushStreamHttpResult> Handle(
        string questionnaireId, string teryt, HttpContext context, TimeProvider time, CancellationToken cancellationToken)
    {
        var (response, view, definition) = await Samoocena.Api.Features.Assessments.GetAssessment.Endpoint.BuildAsync(context, questionnaireId, teryt, PeerSelector.Default);
        if (!view.Started)
            throw new NotFoundException($"Gmina {response.Name} ({teryt}) nie rozpoczęła jeszcze samooceny „{questionnaireId}”.");
        var now = time.GetUtcNow();
        var notes = await NotesAsync(context, questionnaireId, teryt, response.Round);
        var sheets = new WorkbookSheet[]
        {
            new TableSheet("Wyniki", ResultColumns, ResultRows(response)),
            new TableSheet("Odpowiedzi", AnswerColumns, AnswerRows(view, definition, notes)),
            new TableSheet("Porównanie", ComparisonColumns, ComparisonRows(response)),
            new TableSheet("Plan działań", PlanColumns, response.ActionPlan.Select(a => (IReadOnlyList<object?>)
                [a.ThemeId, a.ThemeTitle, a.ThemeScore, a.QuestionId, a.QuestionText, a.CurrentLevel, a.TargetLevel, a.TargetLabel, a.Statement])),
            new TableSheet("Postęp", ProgressColumns, ProgressRows(response)),
            Methodology(response, now),
        };
        var file = $"samoocena-{questionnaireId}-{teryt}-runda-{response.Round}.xlsx";
        return TypedResults.Stream(body => WorkbookWriter.WriteAsync(body,
            new WorkbookProperties($"Samoocena {response.Name} ({teryt}): {response.Title}", now), sheets, cancellationToken),
            WorkbookWriter.ContentType, file);
    }

    private static readonly SheetColumn[] ResultColumns =
    [
        new("Poziom", CellKind.Text), new("Id", CellKind.Text), new("Nazwa", CellKind.Text), new("Obszar", CellKind.Text),
        new("Wynik", CellKind.Decimal2), new("Poziom dojrzałości", CellKind.Text),
    ];

    private static readonly SheetColumn[] AnswerColumns =
    [
        new("Temat", CellKind.Text), new("Pytanie", CellKind.Text), new("Treść pytania", CellKind.Text),
        new("Wartość", CellKind.Decimal2), new("Wartość (tekst)", CellKind.Text), new("Wartość uzgodniona", CellKind.Boolean),
        new("Opis poziomu", CellKind.Text), new("Rozbieżność", CellKind.Boolean), new("Respondenci", CellKind.Integer),
        new("Notatki zespołu (uzasadnienia)", CellKind.Text),
    ];

    /// <summary>
    /// The members' notes per question, one line per member in login order: "&lt;name&gt;: &lt;note&gt;" (the display
    /// name, else the login).
    /// </summary>
    private static async Task<IReadOnlyDictionary<string, string>> NotesAsync(HttpContext context, string questionnaireId, string teryt, string round)
    {
        var grains = context.RequestServices.GetRequiredService<IGrainFactory>();
        var members = await grains.GetGrain<IAssessmentGrain>(new AssessmentKey(questionnaireId, teryt, round).ToString()).GetResponsesAsync();
        var lines = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var member in members.Where(m => m.Notes.Count > 0))
        {
            var name = (await grains.GetGrain<Samoocena.Silo.Grains.Users.IUserGrain>(member.Login).GetAsync())?.DisplayName is { Length: > 0 } display
                ? display : member.Login;
            foreach (var (questionId, note) in member.Notes)
            {
                if (!lines.TryGetValue(questionId, out var list)) lines[questionId] = list = [];
                list.Add($"{name}: {note}");
            }
        }
        return lines.ToDictionary(l => l.Key, l => string.Join("\n", l.Value), StringComparer.Ordinal);
    }

    private static readonly SheetColumn[] ComparisonColumns =
    [
        new("Id", CellKind.Text), new("Nazwa", CellKind.Text), new("Grupa porównawcza", CellKind.Text), new("n", CellKind.Integer),
        new("Grupa poszerzona", CellKind.Boolean), new("Wynik", CellKind.Decimal2), new("Minimum", CellKind.Decimal2),
        new("Q1", CellKind.Decimal2), new("Mediana", CellKind.Decimal2), new("Q3", CellKind.Decimal2), new("Maksimum", CellKind.Decimal2),
        new("Średnia", CellKind.Decimal2), new("Miejsce", CellKind.Integer), new("Percentyl", CellKind.Decimal2), new("Pasmo", CellKind.Text),
    ];

    private static readonly SheetColumn[] PlanColumns =
    [
        new("Temat", CellKind.Text), new("Nazwa tematu", CellKind.Text), new("Wynik tematu", CellKind.Decimal2),
        new("Pytanie", CellKind.Text), new("Treść pytania", CellKind.Text), new("Obecny poziom", CellKind.Decimal2),
        new("Poziom docelowy", CellKind.Integer), new("Nazwa poziomu docelowego", CellKind.Text), new("Działanie", CellKind.Text),
    ];

    private static readonly SheetColumn[] ProgressColumns =
    [
        new("Poziom", CellKind.Text), new("Id", CellKind.Text), new("Runda poprzednia", CellKind.Text),
        new("Wynik poprzedni", CellKind.Decimal2), new("Poziom poprzedni", CellKind.Text), new("Wynik", CellKind.Decimal2),
        new("Poziom dojrzałości", CellKind.Text), new("Zmiana", CellKind.Decimal2),
    ];

    /// <summary>The <c>previous</c> block of the JSON: overall, areas, themes, then the earlier actions and whether they were reached.</summary>
    private static IEnumerable<IReadOnlyList<object?>> ProgressRows(AssessmentResponse response)
    {
        if (response.Previous is not { } p) yield break;
        var s = response.Scores;
        yield return ["ogólny", null, p.Round, p.Overall, p.LevelLabel, s.Overall, s.LevelLabel, p.Delta];
        foreach (var (a, now) in p.Areas.Zip(s.Areas)) yield return ["obszar", a.Id, p.Round, a.Score, a.LevelLabel, now.Score, now.LevelLabel, a.Delta];
        foreach (var (t, now) in p.Themes.Zip(s.Themes)) yield return ["temat", t.Id, p.Round, t.Score, t.LevelLabel, now.Score, now.LevelLabel, t.Delta];
        foreach (var a in p.ActionPlan)
            yield return [a.Reached ? "działanie osiągnięte" : "działanie nieosiągnięte", a.QuestionId, p.Round, null, $"cel: poziom {a.TargetLevel}", a.Current, null, null];
    }

    private static IEnumerable<IReadOnlyList<object?>> ResultRows(AssessmentResponse response)
    {
        var s = response.Scores;
        yield return ["ogólny", null, response.Title, null, s.Overall, s.LevelLabel];
        foreach (var a in s.Areas) yield return ["obszar", a.Id, a.Title, null, a.Score, a.LevelLabel];
        foreach (var t in s.Themes) yield return ["temat", t.Id, t.Title, t.Area, t.Score, t.LevelLabel];
    }

    /// <summary>
    /// One row per question in definition order. The value is numeric (the JSON <c>answers</c> value); "nd" and an agreed
    /// text answer go to the text column, since a column holds one kind of cell.
    /// </summary>
    private static IEnumerable<IReadOnlyList<object?>> AnswerRows(AssessmentView view, QuestionnaireDefinition definition,
        IReadOnlyDictionary<string, string> notes)
    {
        var outcomes = view.Score.Questions.ToDictionary(q => q.QuestionId, StringComparer.Ordinal);
        foreach (var theme in definition.Areas.SelectMany(a => a.Themes))
            foreach (var question in theme.Questions)
            {
                var outcome = outcomes.GetValueOrDefault(question.Id);
                var value = outcome is { NotApplicable: false } ? outcome.Value : null;
                var consensus = view.Consensus.TryGetValue(question.Id, out var agreed) ? agreed : (Answer?)null;
                var text = outcome is { NotApplicable: true } ? Answer.NotApplicableWord
                    : consensus is { Kind: AnswerKind.Text } c ? c.Text : null;
                yield return
                [
                    $"{theme.Id} {theme.Title}", question.Id, question.Text, value, text, outcome?.FromConsensus ?? false,
                    LevelStatement(question, value), outcome?.Disagreement ?? false, outcome?.Respondents ?? 0,
                    notes.GetValueOrDefault(question.Id),
                ];
            }
    }

    /// <summary>The practice described at the level the value reaches (a median of 2.5 has reached level 2).</summary>
    private static string? LevelStatement(Question question, double? value)
    {
        if (value is not { } v || question.Levels is not { } levels) return null;
        var reached = (int)Math.Floor(v);
        return levels.FirstOrDefault(l => l.Value == reached)?.Statement;
    }

    private static IEnumerable<IReadOnlyList<object?>> ComparisonRows(AssessmentResponse response)
    {
        if (response.Peers is not { } peers) yield break;
        yield return Comparison(null, response.Title, peers.Overall);
        foreach (var area in response.Scores.Areas)
            if (peers.Areas.TryGetValue(area.Id, out var stats)) yield return Comparison(area.Id, area.Title, stats);
    }

    /// <summary>The group and band in words (<see cref="PeerLabels"/>, as <c>groupLabel</c>/<c>bandLabel</c> of the JSON).</summary>
    private static IReadOnlyList<object?> Comparison(string? id, string title, PeerStats s) =>
        [id, title, s.GroupLabel, s.N, s.Widened, s.Value, s.Min, s.Q1, s.Median, s.Q3, s.Max, s.Mean, s.Rank, s.Percentile, s.BandLabel];

    private static DocumentSheet Methodology(AssessmentResponse r, DateTimeOffset now) => new(
        "Metodologia",
        $"Samoocena gminy {r.Name} ({r.Teryt}): {r.Title}",
        [
            "Wartość pytania (metodologia §3): wartość uzgodniona przez zespół, a gdy jej nie ma, mediana odpowiedzi złożonych " +
            "przez członków zespołu na skali 0–4 (tak = 4, nie = 0; przy parzystej liczbie odpowiedzi średnia dwóch środkowych; " +
            "odpowiedzi „nd” pominięte, pytanie jest „nd” tylko gdy wszyscy odpowiadający wybrali „nd”). Rozbieżność: odpowiedzi " +
            "członków różnią się o co najmniej 2 poziomy, niezależnie od wartości uzgodnionej.",
            "Wynik tematu = 100 × Σ wagi·(wartość/4) / Σ wag pytań z odpowiedzią, które dotyczą gminy; brak wyniku, gdy pytania " +
            "z odpowiedzią mają mniej niż 60% wagi pytań dotyczących gminy. Wynik obszaru = średnia ważona wyników tematów, wynik " +
            "ogólny = średnia ważona wyników obszarów (ta sama reguła 60%).",
            "Poziomy dojrzałości: [0, 20) początkowy; [20, 40) podstawowy; [40, 60) rozwijający się; [60, 80) dojrzały; " +
            "[80, 100] wzorcowy, według wyniku takiego, jak pokazany (19,995 → 20,00 → podstawowy). Opis poziomu w arkuszu " +
            "„Odpowiedzi” dotyczy poziomu osiągniętego (wartość zaokrąglona w dół).",
            "Plan działań: tematy od najsłabszego (według pokazanego wyniku, remisy w kolejności definicji); trzy najsłabsze (lub " +
            "wszystkie poniżej 40) otrzymują jako działania opisy następnego poziomu swoich najniżej ocenionych pytań typu skala " +
            "(pytania tak/nie, liczbowe i wyboru nie dają działań). Obecny poziom to wartość zespołu (może być ułamkowa, np. 1,5); " +
            "poziom docelowy to następny pełny poziom powyżej niej (1,5 → 2, 2 → 3); pytanie na poziomie 4 nie daje działania.",
            "Porównanie (metodologia §2, grupa domyślna): gminy tej samej kategorii i klasy wielkości z zamkniętą samooceną tego " +
            "kwestionariusza oraz ta gmina z bieżącym wynikiem; gdy jest ich mniej niż 5, cała kategoria („Grupa poszerzona”). " +
            "Kwartyle: interpolacja liniowa (typ 7); miejsce 1 = najlepszy wynik; percentyl = 100 × (liczba gmin ze ściśle " +
            "gorszym wynikiem)/(n − 1), brak przy n = 1; pasmo: najlepsze 25% grupy (percentyl ≥ 75), środkowe 50%, najsłabsze 25% " +
            "(percentyl < 25), brak oceny (brak wyniku albo n = 1).",
            "Liczby zaokrąglone do 2 miejsc po przecinku, tak jak na stronie wyników samooceny; " +
            "arkusz „Odpowiedzi” podaje wartości pytań bez zaokrągleń oraz notatki członków zespołu (uzasadnienia) do każdego pytania.",
            $"Runda: {r.Round} („{r.RoundTitle}”, {ExportLabels.RoundStatus(r.RoundStatus)}). Arkusz „Postęp”: zmiana od poprzedniej zamkniętej rundy " +
            "tej gminy (" + (r.Previous is { } p ? $"runda {p.Round}" : "brak poprzedniej zamkniętej rundy") + "): zmiana = wynik pokazany − " +
            "poprzedni wynik pokazany (oba zaokrąglone do 2 miejsc); tematy porównane według identyfikatora, także między wersjami " +
            "kwestionariusza; działanie z poprzedniego planu jest osiągnięte, gdy obecna wartość zespołu jest nie niższa niż poziom docelowy.",
            Scores.RuleInPolish,
            r.Demo
                ? "UWAGA: to dane demonstracyjne (syntetyczne), a nie samoocena przeprowadzona przez gminę."
                : "Odpowiedzi wprowadzone przez zespół gminy.",
        ],
        [
            new("Kwestionariusz", r.QuestionnaireId), new("Runda", r.Round), new("Tytuł rundy", r.RoundTitle),
            new("Runda poprzednia", r.Previous?.Round), new("Wersja", r.Version), new("Wersja metodologii", Scores.MethodVersion),
            new("Tytuł", r.Title), new("TERYT", r.Teryt),
            new("Gmina", r.Name), new("Status", ExportLabels.AssessmentStatus(r.Status)), new("Członkowie zespołu z odpowiedziami", r.Respondents),
            new("Odpowiedzi złożone", r.Submitted), new("Zamknięto", r.ClosedAt),
            new("Stan danych na", r.ClosedAt ?? now), new("Dane demonstracyjne", r.Demo), new("Utworzono", now),
        ]);
}

using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Auth;
using Samoocena.Api.Excel;
using Samoocena.Api.Features.Cohorts;
using Samoocena.Questionnaires.Definitions;
using Samoocena.Questionnaires.Registry;
using Samoocena.Questionnaires.Scoring;
using Samoocena.Questionnaires.Statistics;
using Samoocena.Silo.Grains.Assessments;

namespace Samoocena.Api.Features.Exports.ExportCohort;

/// <summary>
/// <c>GET /api/exports/cohorts/{cohortId}/{questionnaireId}.xlsx</c> (coordinator): the cohort's progress, the
/// distributions of the closed members' scores and a member × theme table, from the same builder as
/// <c>GET /api/cohorts/{cohortId}/assessments/{questionnaireId}</c> (<c>?round=</c> as there; the sheet Rundy puts every round
/// side by side). File <c>kohorta-&lt;cohortId&gt;-&lt;questionnaireId&gt;-runda-&lt;round&gt;.xlsx</c>.
/// </summary>
public sealed class Endpoint : Endpoint<Request, Results<PushStreamHttpResult, ProblemHttpResult>>
{
    public override void Configure()
    {
        Get("cohorts/{cohortId}/{questionnaireId}.xlsx");
        Group<ExportsGroup>();
        Description(b => b.Produces(200, contentType: ExportsGroup.ExcelContentType));
        Policies(Samoocena.Api.Auth.Policies.Coordinator);
    }

    public override Task<Results<PushStreamHttpResult, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.CohortId, request.QuestionnaireId, HttpContext, Resolve<IGrainFactory>(), Resolve<MunicipalityRegistry>(), Resolve<TimeProvider>(), ct);

    private static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> Handle(
        string cohortId, string questionnaireId, HttpContext context, IGrainFactory grains, MunicipalityRegistry registry,
        TimeProvider time, CancellationToken cancellationToken)
    {
        var (data, problem) = await Samoocena.Api.Features.Cohorts.GetCohortAssessments.Endpoint.LoadAsync(context, grains, cohortId, questionnaireId);
        if (data is null) return problem!;
        var (definition, cohort, all) = data;
        var response = Samoocena.Api.Features.Cohorts.GetCohortAssessments.Endpoint.Build(cohort, definition, all, registry) with { Round = data.Round.Id, RoundTitle = data.Round.Title };
        var columns = data.Rounds.Select(r => Samoocena.Api.Features.Cohorts.GetCohortAssessments.Endpoint.Column(cohort, r, registry)).ToArray();
        var now = time.GetUtcNow();
        var themes = definition.Areas.SelectMany(a => a.Themes).ToArray();
        var sheets = new WorkbookSheet[]
        {
            new TableSheet("Postęp", ProgressColumns, response.Members.Select(m => (IReadOnlyList<object?>)
                [m.Teryt, m.Name, PeerLabels.CategoryOfUnit(m.Category), ExportLabels.AssessmentStatus(m.Status), m.Respondents, m.Submitted, m.Overall, LevelLabel(m.Level), m.ClosedAt])),
            new TableSheet("Rozkład", DistributionColumns, DistributionRows(response)),
            new TableSheet("Wyniki tematów", ThemeColumns(themes), ThemeRows(response, all, themes)),
            new TableSheet("Rundy", RoundColumns, RoundRows(columns)),
            Methodology(response, definition, all, now),
        };
        var file = $"kohorta-{cohort.Id}-{questionnaireId}-runda-{response.Round}.xlsx";
        return TypedResults.Stream(body => WorkbookWriter.WriteAsync(body,
            new WorkbookProperties($"Kohorta {cohort.Name}: {definition.Title}", now), sheets, cancellationToken),
            WorkbookWriter.ContentType, file);
    }

    private static readonly SheetColumn[] ProgressColumns =
    [
        new("TERYT", CellKind.Text), new("Gmina", CellKind.Text), new("Kategoria", CellKind.Text), new("Status", CellKind.Text),
        new("Respondenci", CellKind.Integer), new("Odpowiedzi złożone", CellKind.Integer), new("Wynik ogólny", CellKind.Decimal2),
        new("Poziom dojrzałości", CellKind.Text), new("Zamknięto", CellKind.DateTime),
    ];

    private static readonly SheetColumn[] DistributionColumns =
    [
        new("Poziom", CellKind.Text), new("Id", CellKind.Text), new("Nazwa", CellKind.Text), new("n", CellKind.Integer),
        new("Minimum", CellKind.Decimal2), new("Q1", CellKind.Decimal2), new("Mediana", CellKind.Decimal2), new("Q3", CellKind.Decimal2),
        new("Maksimum", CellKind.Decimal2), new("Średnia", CellKind.Decimal2),
    ];

    private static readonly SheetColumn[] RoundColumns =
    [
        new("Runda", CellKind.Text), new("Tytuł rundy", CellKind.Text), new("Status rundy", CellKind.Text), new("Wersja", CellKind.Integer),
        new("Rozpoczęte", CellKind.Integer), new("Zamknięte", CellKind.Integer), new("Id", CellKind.Text), new("n", CellKind.Integer),
        new("Minimum", CellKind.Decimal2), new("Q1", CellKind.Decimal2), new("Mediana", CellKind.Decimal2), new("Q3", CellKind.Decimal2),
        new("Maksimum", CellKind.Decimal2), new("Średnia", CellKind.Decimal2),
    ];

    /// <summary>Per round: the overall distribution, then each area's.</summary>
    private static IEnumerable<IReadOnlyList<object?>> RoundRows(IEnumerable<Samoocena.Api.Features.Cohorts.GetCohortAssessments.RoundColumn> rounds)
    {
        foreach (var r in rounds)
            foreach (var d in r.Areas.Prepend(r.Overall))
                yield return [r.Round, r.Title, ExportLabels.RoundStatus(r.Status), r.DefinitionVersion, r.Started, r.Closed, ShownId(d.Id), d.N, d.Min, d.Q1, d.Median, d.Q3, d.Max, d.Mean];
    }

    private static string? LevelLabel(string? id) => MaturityLevel.All.FirstOrDefault(l => l.Id == id)?.Label;

    private static IEnumerable<IReadOnlyList<object?>> DistributionRows(Samoocena.Api.Features.Cohorts.GetCohortAssessments.Response response)
    {
        yield return Distribution("ogólny", response.Overall);
        foreach (var a in response.Areas) yield return Distribution("obszar", a);
        foreach (var t in response.Themes) yield return Distribution("temat", t);
    }

    private static IReadOnlyList<object?> Distribution(string kind, Samoocena.Api.Features.Cohorts.GetCohortAssessments.Distribution d) =>
        [kind, ShownId(d.Id), d.Title, d.N, d.Min, d.Q1, d.Median, d.Q3, d.Max, d.Mean];

    /// <summary>The overall row has no id people know; areas and themes keep theirs (next to their names).</summary>
    private static string? ShownId(string id) => id == "overall" ? null : id;

    private static SheetColumn[] ThemeColumns(QuestionnaireTheme[] themes) =>
    [
        new("TERYT", CellKind.Text), new("Gmina", CellKind.Text), new("Wynik ogólny", CellKind.Decimal2),
        .. themes.Select(t => new SheetColumn($"{t.Id} {t.Title}", CellKind.Decimal2)),
    ];

    /// <summary>Closed members only: the frozen theme scores the distributions are computed from, rounded for display.</summary>
    private static IEnumerable<IReadOnlyList<object?>> ThemeRows(
        Samoocena.Api.Features.Cohorts.GetCohortAssessments.Response response, IReadOnlyDictionary<string, AssessmentSummary> all, QuestionnaireTheme[] themes)
    {
        foreach (var member in response.Members)
        {
            if (all.GetValueOrDefault(member.Teryt) is not { IsClosed: true } summary) continue;
            yield return
            [
                member.Teryt, member.Name, member.Overall,
                .. themes.Select(t => (object?)Scores.AsShown(summary.Themes.GetValueOrDefault(t.Id))),
            ];
        }
    }

    private static DocumentSheet Methodology(Samoocena.Api.Features.Cohorts.GetCohortAssessments.Response r, QuestionnaireDefinition definition,
        IReadOnlyDictionary<string, AssessmentSummary> all, DateTimeOffset now)
    {
        var lastClosed = r.Members.Max(m => m.ClosedAt);
        return new DocumentSheet(
            "Metodologia",
            $"Kohorta {r.Name} ({r.CohortId}): {definition.Title}",
            [
                "Postęp: status samooceny każdej gminy kohorty (nie rozpoczęta; wypełniana: zespół wypełnia, nikt nie wysłał " +
                "odpowiedzi; w toku: są odpowiedzi wysłane; zamknięta). Wynik ogólny i poziom tylko dla samoocen zamkniętych.",
                "Wyniki (metodologia §3): wynik tematu = 100 × Σ wagi·(wartość/4) / Σ wag pytań z odpowiedzią, które dotyczą gminy " +
                "(brak wyniku poniżej 60% wagi); obszar i wynik ogólny to średnie ważone z tą samą regułą 60%. Poziomy dojrzałości: " +
                "[0, 20) początkowy; [20, 40) podstawowy; [40, 60) rozwijający się; [60, 80) dojrzały; [80, 100] wzorcowy.",
                "Rozkład: zamrożone wyniki zamkniętych samoocen członków kohorty; n = liczba gmin z wynikiem; kwartyle interpolacją " +
                "liniową (typ 7, jak QUARTILE.INC), średnia nieważona.",
                "Liczby zaokrąglone do 2 miejsc po przecinku, tak jak na stronie kohorty. " +
                "Poziom dojrzałości wynika z wyniku takiego, jak pokazany (19,995 → 20,00 → podstawowy).",
                $"Runda: {r.Round} („{r.RoundTitle}”); arkusz „Rundy” zestawia uczestnictwo i rozkłady wyników ogólnych i obszarów " +
                "wszystkich rund kwestionariusza (od najstarszej), według tych samych reguł.",
                Scores.RuleInPolish,
                all.Where(e => r.Members.Any(m => m.Teryt == e.Key)).Any(e => e.Value.Demo)
                    ? "UWAGA: część samoocen to dane demonstracyjne (syntetyczne)."
                    : "Samooceny wypełniły zespoły gmin.",
            ],
            [
                new("Kohorta", r.CohortId), new("Nazwa", r.Name), new("Kwestionariusz", r.QuestionnaireId),
                new("Runda", r.Round), new("Tytuł rundy", r.RoundTitle),
                new("Wersja", definition.Version), new("Wersja metodologii", Scores.MethodVersion), new("Liczba gmin", r.Size),
                .. r.Counts.Select(c => new SheetParameter($"Status: {ExportLabels.AssessmentStatus(c.Key)}", c.Value)),
                new("Ostatnie zamknięcie", lastClosed), new("Stan danych na", now), new("Utworzono", now),
            ]);
    }
}

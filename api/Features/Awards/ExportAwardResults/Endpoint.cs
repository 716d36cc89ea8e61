using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Auth;
using Samoocena.Api.Excel;
using Samoocena.Api.Problems;
using Samoocena.Questionnaires.Awards;
using Samoocena.Questionnaires.Statistics;
using Samoocena.Silo.Grains.Awards;

namespace Samoocena.Api.Features.Awards.ExportAwardResults;

/// <summary>
/// <c>GET /api/exports/awards/{awardId}.xlsx</c> (any signed-in user, after the close; 403 before it): a results sheet
/// per category, the jurors' sheets (coordinators only: individual scores are audit data) and "Metodologia"
/// describing methodology §6 with this edition's weights. File <c>nagrody-&lt;awardId&gt;.xlsx</c>.
/// </summary>
public sealed class Endpoint : Endpoint<Request, Results<PushStreamHttpResult, ProblemHttpResult>>
{
    public override void Configure()
    {
        Get("awards/{awardId}.xlsx");
        Group<ExportsGroup>();
        Description(b => b.Produces(200, contentType: ExportsGroup.ExcelContentType));
    }

    public override Task<Results<PushStreamHttpResult, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.AwardId, User, Resolve<IGrainFactory>(), ct);

    private static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> Handle(
        string awardId, ClaimsPrincipal user, IGrainFactory grains, CancellationToken cancellationToken)
    {
        if (!Samoocena.Api.Features.Awards.DefineAward.Endpoint.IsAwardId(awardId)) return ProblemResponses.Result(404, Samoocena.Api.Features.Awards.GetAward.Endpoint.UnknownAward(awardId));
        var grain = grains.GetGrain<IAwardGrain>(awardId);
        var closure = await grain.GetResultsAsync();
        var award = (await grain.GetAsync())!.Definition;
        var sheets = new List<WorkbookSheet>();
        foreach (var category in AwardResultsResponse.From(award, closure))
            sheets.Add(ResultsSheet(award, category));
        if (user.IsCoordinator())
            sheets.Add(JurorSheets(award, (await grain.GetAuditAsync()).Sheets ?? []));
        sheets.Add(Methodology(award, closure));
        var properties = new WorkbookProperties($"{award.Title} – wyniki", closure.ClosedAt);
        return TypedResults.Stream(body => WorkbookWriter.WriteAsync(body, properties, sheets, cancellationToken),
            WorkbookWriter.ContentType, $"nagrody-{awardId}.xlsx");
    }

    private static TableSheet ResultsSheet(AwardDefinition award, AwardResultsResponse category)
    {
        SheetColumn[] columns =
        [
            new("Miejsce", CellKind.Integer), new("Nominacja", CellKind.Text), new("Nazwa", CellKind.Text),
            new("TERYT", CellKind.Text), new("Wynik", CellKind.Decimal2), new("Liczba kart liczonych", CellKind.Integer),
        ];
        var rows = category.Rows.Select(r => (IReadOnlyList<object?>)
            [r.Place, r.NomineeId, r.Name, award.Nominees.First(n => n.Id == r.NomineeId).Teryt, r.Score, r.CountedSheets]);
        return new TableSheet(category.Title, columns, rows.ToArray());
    }

    private static TableSheet JurorSheets(AwardDefinition award, IReadOnlyList<JurorSheet> sheets)
    {
        var columns = new List<SheetColumn>
        {
            new("Juror", CellKind.Text), new("Gmina jurora (TERYT)", CellKind.Text), new("Nominacja", CellKind.Text),
            new("Kategoria", CellKind.Text),
        };
        columns.AddRange(award.Criteria.Select(c => new SheetColumn(c.Name, CellKind.Integer)));
        columns.Add(new("Suma ważona", CellKind.Decimal2));
        columns.Add(new("Karta liczona", CellKind.Boolean));
        var rows = sheets.Select(s =>
        {
            var nominee = award.Nominees.First(n => n.Id == s.NomineeId);
            var total = AwardResults.JurorTotal(award.Criteria, s.Scores);
            var row = new List<object?> { s.Juror, award.Jurors.First(j => j.Login == s.Juror).Teryt, s.NomineeId, nominee.Category };
            row.AddRange(award.Criteria.Select(c => s.Scores.TryGetValue(c.Id, out var v) ? (object?)v : null));
            row.Add(Scores.AsShown(total));
            row.Add(total is not null);
            return (IReadOnlyList<object?>)row;
        });
        return new TableSheet("Karty jurorów", columns, rows.ToArray());
    }

    /// <summary>How places were decided: under the method version the vote was closed with (frozen results keep it).</summary>
    private static string[] Rounding(AwardClosure closure) => closure.MethodVersion is null
        ?
        [
            "Miejsca w każdej kategorii: ranking z miejscami ex aequo (1, 1, 3) według wyniku zaokrąglonego do 4 miejsc po przecinku; nominacje ex aequo w kolejności identyfikatorów. Nominacja bez liczonej karty nie ma miejsca.",
            "Metodologia v1.0: głosowanie zamknięto przed wprowadzeniem metodologii v1.1 i wyniki zachowują swoje miejsca. Wynik nominacji i suma jurora pokazane do 2 miejsc po przecinku.",
        ]
        :
        [
            "Miejsca w każdej kategorii: ranking z miejscami ex aequo (1, 1, 3) według wyniku takiego, jak pokazany (2 miejsca po przecinku): równe pokazane wyniki dzielą miejsce, następne miejsce jest pomijane; nominacje ex aequo w kolejności identyfikatorów. Nominacja bez liczonej karty nie ma miejsca.",
            $"{Scores.RuleInPolish} Wynik nominacji i suma jurora pokazane do 2 miejsc po przecinku; oceny jurorów (liczby całkowite) i wagi bez zaokrągleń.",
        ];

    private static DocumentSheet Methodology(AwardDefinition award, AwardClosure closure)
    {
        var weights = award.Criteria.Sum(c => c.Weight);
        string[] paragraphs =
        [
            $"{award.Title} (nagroda '{award.Id}', wersja definicji {award.Version}). Wyniki zamrożone przy zamknięciu głosowania " +
                $"{closure.ClosedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)} UTC.",
            "Każdy juror ocenia każdą nominację liczbą całkowitą od 0 do 10 za każde kryterium. Juror powiązany z gminą nie ocenia nominacji tej gminy (konflikt interesów).",
            "Suma jurora dla nominacji = średnia ważona ocen kryteriów: Σ wᵢ·sᵢ / Σ wᵢ. Karta liczy się tylko wtedy, gdy ocenione są wszystkie kryteria.",
            $"Wynik nominacji = średnia liczonych sum jurorów; przy {AwardResults.TrimFrom} lub więcej liczonych kartach najpierw odrzuca się jedną najwyższą i jedną najniższą sumę (średnia obcięta).",
            .. Rounding(closure),

        ];
        var parameters = new List<SheetParameter>();
        parameters.AddRange(award.Criteria.Select(c => new SheetParameter($"Waga kryterium: {c.Name} ({c.Id})", c.Weight)));
        parameters.AddRange(award.Criteria.Select(c => new SheetParameter($"Udział wagi: {c.Name} ({c.Id})", c.Weight / weights)));
        parameters.Add(new("Średnia obcięta od liczby kart", AwardResults.TrimFrom));
        parameters.Add(new("Zakres ocen", $"{AwardResults.MinScore}–{AwardResults.MaxScore}, liczby całkowite"));
        parameters.Add(new("Liczba jurorów", award.Jurors.Count));
        parameters.Add(new("Liczba nominacji", award.Nominees.Count));
        parameters.Add(new("Wersja definicji", award.Version));
        parameters.Add(new("Wersja metodologii", closure.MethodVersion ?? Scores.FirstMethodVersion));
        parameters.Add(new("Zamknięcie głosowania (UTC)", closure.ClosedAt.UtcDateTime));
        parameters.Add(new("Zamknął", closure.ClosedBy));
        return new DocumentSheet("Metodologia", "Metodologia – nagrody jury (metodologia §6)", paragraphs, parameters);
    }
}

using Samoocena.Questionnaires.Text;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Samoocena.Api.Auth;
using Samoocena.Api.Imports;
using Samoocena.Api.Problems;
using Samoocena.Questionnaires.Indicators;
using Samoocena.Questionnaires.Registry;
using Samoocena.Silo.Grains.Metrics;
using Samoocena.Api.Security;

namespace Samoocena.Api.Features.Metrics.ImportMetrics;

/// <summary>
/// <c>POST /api/metrics/import</c> (coordinator; multipart field <c>file</c>: .csv or .xlsx with columns
/// <c>teryt, year, indicatorId, value</c>). All-or-nothing: the whole file is validated first; any bad row gives
/// 422 <c>{imported: 0, rejected: [{row, reason}]}</c> listing every bad row and nothing is stored; otherwise
/// every row is written (one write per indicator-year, in parallel) and audited per municipality.
/// A 6-digit TERYT is taken as one whose leading zero Excel dropped (201011 → 0201011).
/// </summary>
public sealed class Endpoint : Endpoint<Request, Results<Ok<Response>, ProblemHttpResult>>
{
    public static readonly string[] Columns = ["teryt", "year", "indicatorId", "value"];

    public override void Configure()
    {
        Post("import");
        Group<MetricsGroup>();
        Policies(Samoocena.Api.Auth.Policies.Coordinator);
        AllowFileUploads(dontAutoBindFormData: true);
    }

    public override Task<Results<Ok<Response>, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(HttpContext.Request, User, Resolve<IGrainFactory>(), Resolve<MunicipalityRegistry>(), Resolve<TimeProvider>(), ct);





    private readonly record struct Row(int SourceRow, string Teryt, int Year, string IndicatorId, double Value);

    private static async Task<Results<Ok<Response>, ProblemHttpResult>> Handle(
        HttpRequest http, ClaimsPrincipal user, IGrainFactory grains, MunicipalityRegistry registry, TimeProvider time,
        CancellationToken cancellationToken)
    {
        if (!http.HasFormContentType)
            return ProblemResponses.Result(415, "Oczekiwano formularza multipart/form-data z plikiem w polu „file”.");
        var form = await http.ReadFormAsync(cancellationToken);
        if (form.Files.GetFile("file") is not { } file)
            return ProblemResponses.Validation("file", "Brak pliku w polu „file” (oczekiwano .csv albo .xlsx).");
        TabularFile table;
        try
        {
            await using var stream = file.OpenReadStream();
            table = TabularFile.Read(stream, Columns);
        }
        catch (TabularFileException e)
        {
            return Refused(e.Message, []);
        }

        var (rows, rejected) = Validate(table, registry, IndicatorCatalog.Load());
        if (rejected.Count > 0)
            return Refused($"Nie zaimportowano niczego: {PolishCount.Of(rejected.Count, PolishCount.Wiersz)} z błędami (lista w polu rejected). Popraw je i wczytaj cały plik ponownie.", rejected);
        await MetricImportWriter.StoreAsync(rows.Select(r => new MetricImportValue(r.Teryt, r.Year, r.IndicatorId, r.Value)).ToArray(),
            grains, user.Login(), time.GetUtcNow());
        await http.HttpContext.RecordAdminActionAsync("metrics.import", ProblemResponses.Echo(file.FileName, 120), PolishCount.Of(rows.Count, PolishCount.Wartosc));
        return TypedResults.Ok(new Response(rows.Count, []));
    }

    private static (List<Row> Rows, List<Rejected> Rejected) Validate(TabularFile table, MunicipalityRegistry registry, IndicatorCatalog catalog)
    {
        var rows = new List<Row>(table.Rows.Count);
        var rejected = new List<Rejected>();
        var seen = new Dictionary<(string, int, string), int>();
        var reasons = new List<string>(4);
        foreach (var r in table.Rows)
        {
            reasons.Clear();
            var teryt = r["teryt"];
            if (teryt.Length == 6 && teryt.All(char.IsAsciiDigit)) teryt = "0" + teryt;
            var terytOk = registry.Contains(teryt);
            if (!terytOk) reasons.Add($"nieznany kod TERYT '{Shown(r["teryt"])}'");
            var yearOk = ImportNumber.TryParseInteger(r["year"], out var year) && year is >= MetricKeys.FirstYear and <= MetricKeys.LastYear;
            if (!yearOk) reasons.Add($"nieprawidłowy rok '{Shown(r["year"])}' (dozwolone {MetricKeys.FirstYear}–{MetricKeys.LastYear})");
            var id = r["indicatorId"];
            var idOk = catalog.Contains(id);
            if (!idOk) reasons.Add($"nieznany wskaźnik '{Shown(id)}'");
            if (!ImportNumber.TryParse(r["value"], out var value))
                reasons.Add(r["value"].Length == 0 ? "brak wartości (to nie jest liczba)" : $"wartość '{Shown(r["value"])}' nie jest liczbą");
            if (terytOk && yearOk && idOk && !seen.TryAdd((teryt, year, id), r.SourceRow))
                reasons.Add($"duplikat wiersza {seen[(teryt, year, id)]} (ten sam TERYT, rok i wskaźnik)");
            if (reasons.Count > 0) rejected.Add(new Rejected(r.SourceRow, string.Join("; ", reasons)));
            else rows.Add(new Row(r.SourceRow, teryt, year, id, value));
        }
        return (rows, rejected);
    }

    private static ProblemHttpResult Refused(string detail, IReadOnlyList<Rejected> rejected)
    {
        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails { Status = 422, Title = ProblemResponses.Title(422), Detail = detail };
        problem.Extensions["imported"] = 0;
        problem.Extensions["rejected"] = rejected;
        return TypedResults.Problem(problem);
    }


    private static string Shown(string s) => ProblemResponses.Echo(s, 40);
}

using Samoocena.Questionnaires.Text;
using System.ComponentModel;
using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Samoocena.Api.Auth;
using Samoocena.Api.Problems;
using Samoocena.Questionnaires.Imports.Bdl;
using Samoocena.Questionnaires.Registry;
using Samoocena.Api.Security;

namespace Samoocena.Api.Features.Metrics.ImportBdlMetrics;

/// <summary>
/// <c>POST /api/metrics/import/bdl?indicatorId=&amp;dryRun=</c> (coordinator; multipart: one or more GUS BDL API v1
/// JSON files of one variable, any field name, <c>files</c> by convention). 200 <see cref="BdlImportResponse"/>;
/// a real import with refused rows is 422 with the same fields and nothing stored; a file set that cannot be read
/// or placed (not JSON, not BDL, several variables, no indicator) is 422 with <c>errors</c>; 413 over the limits.
/// The work is <see cref="BdlMetricsImport"/>; this class only translates HTTP.
/// </summary>
public sealed class Endpoint : Endpoint<Request, Results<Ok<BdlImportResponse>, ProblemHttpResult>>
{
    public override void Configure()
    {
        Post("import/bdl");
        Group<MetricsGroup>();
        Policies(Samoocena.Api.Auth.Policies.Coordinator);
        AllowFileUploads(dontAutoBindFormData: true);
        Summary(s =>
        {
            s.Summary = "Import wartości wskaźnika z plików JSON API BDL (GUS), z podglądem (dryRun)";
            s.Description = "Pliki odpowiedzi API BDL v1 data/by-variable jednej zmiennej (poziom jednostek 6: gminy). " +
                "dryRun=true tylko pokazuje, co by się stało; bez niego zapis wszystko albo nic (wiersz odrzucony odrzuca cały zestaw; " +
                "jednostki pominięte i wartości oznaczone atrybutem innym niż 1 nie).";
        });
    }

    public override Task<Results<Ok<BdlImportResponse>, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(HttpContext.Request, User, Resolve<IGrainFactory>(), Resolve<MunicipalityRegistry>(), Resolve<TimeProvider>(), request.IndicatorId, request.DryRun, ct);

    private static async Task<Results<Ok<BdlImportResponse>, ProblemHttpResult>> Handle(
        HttpRequest http, ClaimsPrincipal user, IGrainFactory grains, MunicipalityRegistry registry, TimeProvider time,
        [Description("Identyfikator wskaźnika katalogu; potrzebny, gdy żaden wskaźnik nie wymienia zmiennej BDL w polu bdlVariable.")] string? indicatorId,
        [Description("true: tylko podgląd, nic nie jest zapisywane (domyślnie false).")] bool? dryRun,
        CancellationToken cancellationToken)
    {
        if (!http.HasFormContentType)
            return ProblemResponses.Result(415, "Oczekiwano formularza multipart/form-data z plikami JSON z API BDL.");
        var form = await http.ReadFormAsync(cancellationToken);
        var uploads = form.Files.Select(f => new BdlMetricsImport.Upload(ProblemResponses.Echo(f.FileName, 80), f.OpenReadStream)).ToArray();
        try
        {
            var (response, refused) = await new BdlMetricsImport(grains, registry, time).RunAsync(uploads, indicatorId, dryRun ?? false, user.Login());
            if (!refused && dryRun != true) await http.HttpContext.RecordAdminActionAsync("metrics.import.bdl", response.IndicatorId, $"zmienna {response.VariableId}, {PolishCount.Of(response.Imported, PolishCount.Wartosc)}; pliki: {string.Join(", ", uploads.Select(u => u.Name))}");
            return refused ? Refused(response) : TypedResults.Ok(response);
        }
        catch (BdlImportException e)
        {
            return ProblemResponses.Validation(new Dictionary<string, string[]> { [e.Field] = [e.Message] }, e.Message, e.TooLarge ? 413 : 422);
        }
    }

    private static ProblemHttpResult Refused(BdlImportResponse response)
    {
        var n = response.Rejected.Count;
        var rows = n == 1 ? "wiersz odrzucony" : n % 10 is >= 2 and <= 4 && n % 100 is < 12 or > 14 ? "wiersze odrzucone" : "wierszy odrzuconych";
        var problem = new Microsoft.AspNetCore.Mvc.ProblemDetails
        {
            Status = 422,
            Title = ProblemResponses.Title(422),
            Detail = $"Nie zaimportowano niczego: {n} {rows} (lista w polu rejected). Popraw pliki i wczytaj cały zestaw ponownie.",
        };
        problem.Extensions["variableId"] = response.VariableId;
        problem.Extensions["indicatorId"] = response.IndicatorId;
        problem.Extensions["years"] = response.Years;
        problem.Extensions["matched"] = response.Matched;
        problem.Extensions["imported"] = 0;
        problem.Extensions["changed"] = response.Changed;
        problem.Extensions["rejected"] = response.Rejected;
        problem.Extensions["flagged"] = response.Flagged;
        problem.Extensions["skipped"] = response.Skipped;
        return TypedResults.Problem(problem);
    }
}

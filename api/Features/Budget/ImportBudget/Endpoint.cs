using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Samoocena.Api.Auth;
using Samoocena.Api.Imports;
using Samoocena.Api.Problems;
using Samoocena.Questionnaires.Registry;
using Samoocena.Silo.Grains.Budget;
using Samoocena.Api.Security;

namespace Samoocena.Api.Features.Budget.ImportBudget;

/// <summary>
/// <c>POST /api/budget/import</c> (coordinator): multipart field <c>file</c>, a CSV (<c>;</c> or <c>,</c>) or .xlsx with
/// columns <c>teryt;year;dzial;rozdzial;paragraf;amount</c>. All-or-nothing: any bad row → 422 with
/// <c>{imported: 0, rejected: [{row, reason}]}</c> listing every bad row (up to <see cref="MaxListed"/>) and nothing stored;
/// otherwise each (teryt, year) in the file replaces that unit-year's stored lines → <c>{imported, rejected: [], unitYears}</c>.
/// </summary>
public sealed class Endpoint : Endpoint<Request, Results<Ok<Response>, ProblemHttpResult>>
{
    /// <summary>Rejections listed in one answer; a file that is wrong throughout says how many more there are.</summary>
    public const int MaxListed = 10_000;

    public override void Configure()
    {
        Post("import");
        Group<BudgetGroup>();
        AllowFileUploads(dontAutoBindFormData: true);
    }

    public override Task<Results<Ok<Response>, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(HttpContext.Request, Resolve<IGrainFactory>(), Resolve<MunicipalityRegistry>(), ct);



    private static async Task<Results<Ok<Response>, ProblemHttpResult>> Handle(
        HttpRequest request, IGrainFactory grains, MunicipalityRegistry registry, CancellationToken ct)
    {
        if (!request.HasFormContentType)
            return ProblemResponses.Result(400, "Wyślij plik jako multipart/form-data w polu „file”.");
        var form = await request.ReadFormAsync(ct);
        if (form.Files.GetFile("file") is not { } upload)
            return ProblemResponses.Validation("file", "Brak pliku w polu „file” (CSV lub .xlsx z kolumnami teryt;year;dzial;rozdzial;paragraf;amount).");

        TabularFile file;
        try
        {
            await using var stream = upload.OpenReadStream();
            file = TabularFile.Read(stream, BudgetImportRows.Columns);
        }
        catch (TabularFileException e)
        {
            return ProblemResponses.Validation("file", e.Message);
        }
        if (file.Rows.Count == 0)
            return ProblemResponses.Validation("file", "Plik nie zawiera żadnego wiersza danych (jest tylko nagłówek).");

        var (lines, rejected) = BudgetImportRows.Parse(file, registry);
        if (rejected.Count > 0)
        {
            var detail = $"Nie zaimportowano niczego: {rejected.Count} z {file.Rows.Count} wierszy ma błędy"
                + (rejected.Count > MaxListed ? $" (wymieniono pierwsze {MaxListed})." : ".");
            return TypedResults.Problem(new Microsoft.AspNetCore.Mvc.ProblemDetails
            {
                Status = 422,
                Title = ProblemResponses.Title(422),
                Detail = detail,
                Extensions =
                {
                    ["imported"] = 0,
                    ["rejectedCount"] = rejected.Count,
                    ["rejected"] = rejected.Take(MaxListed).ToArray(),
                },
            });
        }

        var unitYears = lines
            .GroupBy(l => (l.Teryt, l.Year))
            .Select(g => BudgetUnitYear.From(g.First().TerytCode, g.Key.Year, g))
            .ToArray();
        var user = request.HttpContext.User.Login();
        var replaced = await ReplaceAllOrNothingAsync(grains, unitYears, user);
        await request.HttpContext.RecordAdminActionAsync("budget.import", ProblemResponses.Echo(upload.FileName, 120), $"{lines.Count} pozycji, {unitYears.Length} gmino-lat");
        return TypedResults.Ok(new Response(lines.Count, [], unitYears.Length, replaced));
    }

    /// <summary>
    /// Writes each voivodeship's unit-years to its grain. The file was validated whole before, so only storage can
    /// fail here (a concurrent change on another node, 409): then the shards already written get their previous
    /// unit-years back, so the import stays all-or-nothing, and the error goes on to the caller.
    /// </summary>
    private static async Task<int> ReplaceAllOrNothingAsync(IGrainFactory grains, IReadOnlyList<BudgetUnitYear> unitYears, string user)
    {
        var shards = unitYears.GroupBy(u => BudgetShards.KeyOf(u.Teryt)).Select(g => (Key: g.Key, UnitYears: g.ToArray())).ToArray();
        var before = await Task.WhenAll(shards.Select(s => grains.GetGrain<IBudgetGrain>(s.Key).FindAsync(s.UnitYears.Select(u => u.Key).ToArray())));
        var results = await Task.WhenAll(shards.Select(async s =>
        {
            try
            {
                return (Replaced: await grains.GetGrain<IBudgetGrain>(s.Key).ReplaceAsync(s.UnitYears, user), Failure: (Exception?)null);
            }
            catch (Exception ex)
            {
                return (Replaced: 0, Failure: ex);
            }
        }));
        if (results.FirstOrDefault(r => r.Failure is not null).Failure is not { } failure) return results.Sum(r => r.Replaced);
        for (var i = 0; i < shards.Length; i++)
        {
            if (results[i].Failure is not null) continue;
            var existed = before[i].Select(u => u.Key).ToHashSet(StringComparer.Ordinal);
            await grains.GetGrain<IBudgetGrain>(shards[i].Key).RestoreAsync(before[i],
                shards[i].UnitYears.Select(u => u.Key).Where(k => !existed.Contains(k)).ToArray(), user);
        }
        System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
        throw failure;
    }
}

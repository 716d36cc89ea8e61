using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Samoocena.Api.Problems;

/// <summary>RFC 9457 problem details with Polish titles, written the same way everywhere.</summary>
public static class ProblemResponses
{
    public static string Title(int status) => status switch
    {
        400 => "Niepoprawne żądanie",
        401 => "Brak uwierzytelnienia",
        403 => "Brak uprawnień",
        404 => "Nie znaleziono",
        405 => "Niedozwolona metoda",
        409 => "Konflikt",
        413 => "Za duży plik",
        415 => "Nieobsługiwany typ treści",
        422 => "Niepoprawne dane",
        429 => "Zbyt wiele prób",
        503 => "Usługa chwilowo niedostępna",
        _ => status >= 500 ? "Błąd serwera" : "Błąd żądania",
    };

    /// <summary>A value the client sent, shortened to <paramref name="max"/> characters for a message that quotes it.</summary>
    public static string Echo(string text, int max) => text.Length > max ? text[..max] + "…" : text;

    public static Microsoft.AspNetCore.Mvc.ProblemDetails Create(HttpContext context, int status, string detail, IDictionary<string, string[]>? errors = null)
    {
        var problem = errors is null ? new Microsoft.AspNetCore.Mvc.ProblemDetails() : new ValidationProblemDetails(errors);
        problem.Status = status;
        problem.Title = Title(status);
        problem.Detail = detail;
        problem.Type = $"https://tools.ietf.org/html/rfc9110#section-15.{(status >= 500 ? 6 : 5)}";
        problem.Instance = context.Request.Path;
        return problem;
    }

    public static Task WriteAsync(HttpContext context, int status, string detail, IDictionary<string, string[]>? errors = null)
    {
        if (context.Response.HasStarted) return Task.CompletedTask;
        context.Response.StatusCode = status;
        var problem = Create(context, status, detail, errors);
        return context.Response.WriteAsJsonAsync(problem, problem.GetType(), options: null, contentType: "application/problem+json");
    }

    /// <summary>A typed problem result for endpoints.</summary>
    public static ProblemHttpResult Result(int status, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: Title(status));

    /// <summary>A validation problem (422 unless said otherwise) with messages per field.</summary>
    public static ProblemHttpResult Validation(IDictionary<string, string[]> errors, string detail, int status = 422) =>
        TypedResults.Problem(new HttpValidationProblemDetails(errors) { Status = status, Title = Title(status), Detail = detail });

    /// <summary>A 422 for one field.</summary>
    public static ProblemHttpResult Validation(string field, string message) =>
        Validation(new Dictionary<string, string[]> { [field] = [message] }, message);
}

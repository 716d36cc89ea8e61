using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Orleans.Runtime;
using Orleans.Storage;
using Samoocena.Silo.Grains.Errors;

namespace Samoocena.Api.Problems;

/// <summary>Turns exceptions into problem details: domain rules into 4xx, and only real faults into 500.</summary>
public sealed class ExceptionProblems(ILogger<ExceptionProblems> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var (status, detail, errors) = Classify(exception);
        if (status >= 500) logger.LogError(exception, "Unhandled error on {Method} {Path}", context.Request.Method, context.Request.Path);
        if (status == 503) context.Response.Headers.RetryAfter = "1";
        if (exception is TooManyAttemptsException tooMany)
            context.Response.Headers.RetryAfter = ((int)Math.Ceiling(tooMany.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
        await ProblemResponses.WriteAsync(context, status, detail, errors);
        return true;
    }

    internal static (int Status, string Detail, IDictionary<string, string[]>? Errors) Classify(Exception exception) => exception switch
    {
        ValidationException v => (422, v.Message, v.Errors.ToDictionary()),
        NotFoundException e => (404, e.Message, null),
        ForbiddenException e => (403, e.Message, null),
        ConflictException e => (409, e.Message, null),
        TooManyAttemptsException e => (429, e.Message, null),
        SiloUnavailableException or OrleansMessageRejectionException or TimeoutException =>
            (503, "Usługa jest chwilowo niedostępna: węzeł klastra, który obsługiwał te dane, właśnie się zmienia. Spróbuj ponownie za chwilę.", null),
        InconsistentStateException => (409, "Dane zostały w międzyczasie zmienione przez inne żądanie. Odśwież je i spróbuj ponownie.", null),
        BadHttpRequestException { StatusCode: 413 } => (413, "Przesłany plik lub treść żądania przekracza dopuszczalny rozmiar.", null),
        BadHttpRequestException b => (b.StatusCode is >= 400 and < 500 ? b.StatusCode : 400, BadRequestDetail(b), null),
        JsonException j => (400, $"Niepoprawny JSON: {j.Message}", null),
        InvalidDataException d => (400, $"Niepoprawne dane wejściowe: {d.Message}", null),
        OperationCanceledException => (400, "Żądanie zostało przerwane.", null),
        _ => (500, "Wystąpił nieoczekiwany błąd serwera. Spróbuj ponownie później.", null),
    };

    private static string BadRequestDetail(BadHttpRequestException exception)
    {
        var inner = exception.InnerException;
        if (inner is JsonException json)
            return $"Treść żądania nie jest poprawnym JSON-em lub ma złe typy pól{(json.Path is { Length: > 0 } p ? $" (pole {p})" : "")}.";
        if (exception.Message.Contains("JSON", StringComparison.OrdinalIgnoreCase) || exception.Message.Contains("body", StringComparison.OrdinalIgnoreCase))
            return "Treść żądania jest pusta lub nie jest poprawnym JSON-em.";
        if (exception.Message.Contains("route", StringComparison.OrdinalIgnoreCase) || exception.Message.Contains("query", StringComparison.OrdinalIgnoreCase))
            return "Niepoprawna wartość parametru w adresie lub zapytaniu.";
        if (exception.Message.Contains("Content-Type", StringComparison.OrdinalIgnoreCase) || exception.Message.Contains("content type", StringComparison.OrdinalIgnoreCase))
            return "Nieobsługiwany typ treści (Content-Type) żądania.";
        return "Niepoprawne żądanie.";
    }
}

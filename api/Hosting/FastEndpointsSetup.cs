using System.Text.Json;
using System.Text.Json.Serialization;
using FastEndpoints;
using FluentValidation.Results;
using Samoocena.Api.Problems;

namespace Samoocena.Api.Hosting;

/// <summary>
/// FastEndpoints answering as the API always has: RFC 9457 problem details in Polish. A body that cannot be read into
/// the request's shape (malformed JSON, wrong JSON types) is 400; a readable request that breaks a validator's rule is
/// 422 with <c>errors</c> per field. Exceptions (domain rules, Orleans) still go to <see cref="ExceptionProblems"/>.
/// </summary>
public static class FastEndpointsSetup
{
    public static void Configure(Config c)
    {
        c.Serializer.Options.Converters.Add(new JsonStringEnumConverter());
        c.Serializer.Options.MaxDepth = 32;
        c.Errors.StatusCode = StatusCodes.Status422UnprocessableEntity;
        c.Errors.ContentType = "application/problem+json";
        c.Errors.ProducesMetadataType = typeof(Microsoft.AspNetCore.Http.HttpValidationProblemDetails);
        c.Errors.ResponseBuilder = (failures, context, status) => Problem(failures, context, status);
        c.Binding.JsonExceptionStatusCode = StatusCodes.Status400BadRequest;
        c.Binding.JsonExceptionTransformer = BodyNotReadable;
        c.Binding.FailureMessage = (_, name, value) =>
            $"{UnreadableValue} {Camel(name)}: '{ProblemResponses.Echo(value.ToString(), 40)}'.";
        c.Validation.UsePropertyNamingPolicy = true;
        // A group's own root (Get("") in MunicipalitiesGroup) would otherwise end in a slash: /api/municipalities/.
        c.Endpoints.Configurator = ep =>
        {
            for (var i = 0; ep.Routes is not null && i < ep.Routes.Length; i++)
                if (ep.Routes[i].Length > 1) ep.Routes[i] = ep.Routes[i].TrimEnd('/');
        };
    }

    /// <summary>The field a JSON reader failed at, named as the client wrote it (<c>answers.T1.1</c>, <c>values</c>), else <c>body</c>.</summary>
    private static ValidationFailure BodyNotReadable(JsonException exception)
    {
        var field = exception.Path is { Length: > 1 } path ? path.TrimStart('$', '.') : "body";
        return new ValidationFailure(field.Length == 0 ? "body" : field,
            $"Treść żądania nie jest poprawnym JSON-em lub ma złe typy pól{(field is "body" or "" ? "" : $" (pole {field})")}.")
        {
            ErrorCode = "json",
        };
    }

    /// <summary>How a route or query value that cannot be read into its type begins (e.g. <c>dryRun=moze</c>): a 400.</summary>
    private const string UnreadableValue = "Niepoprawna wartość parametru";

    private static string Camel(string name) => JsonNamingPolicy.CamelCase.ConvertName(name);

    internal static object Problem(IReadOnlyCollection<ValidationFailure> failures, HttpContext context, int status)
    {
        // FastEndpoints reports values it cannot bind with the validation status (422); for the client they are a
        // malformed request, as they were before: 400. The status is set before this builder runs, the body after.
        if (status == StatusCodes.Status422UnprocessableEntity && failures.Count > 0
            && failures.All(f => f.ErrorMessage.StartsWith(UnreadableValue, StringComparison.Ordinal)))
        {
            status = StatusCodes.Status400BadRequest;
            context.Response.StatusCode = status;
        }
        var errors = failures.GroupBy(f => f.PropertyName.Length == 0 ? "body" : f.PropertyName, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(f => f.ErrorMessage).Distinct(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
        var detail = status == StatusCodes.Status400BadRequest
            ? failures.FirstOrDefault()?.ErrorMessage ?? "Niepoprawne żądanie."
            : errors.Count == 1 && errors.First().Value.Length == 1
                ? errors.First().Value[0]
                : $"Popraw wskazane pola: {string.Join(", ", errors.Keys)}.";
        return ProblemResponses.Create(context, status, detail, errors);
    }
}

using System.Text.Json;

using FluentValidation;
using Samoocena.Api.Problems;
using Samoocena.Questionnaires.Indicators;

namespace Samoocena.Api.Features.Metrics.PutMetrics;

/// <summary>What the client sends to PUT <c>/api/metrics/{teryt}/{year}</c>.</summary>
public sealed record Request
{
    [RouteParam] public string Teryt { get; init; } = "";
    [RouteParam] public string Year { get; init; } = "";
    public Dictionary<string, JsonElement>? Values { get; init; }

    /// <summary>Shape and ranges checked at the boundary (422, Polish, naming the field); domain rules stay in the grains.</summary>
    public sealed class Validator : Validator<Request>
    {
        private const int MaxListedErrors = 50;

        public Validator()
        {
            RuleFor(r => r.Year).Custom((year, context) =>
            {
                if (!MetricSeries.TryParseYear(year, out _, out var error)) context.AddFailure("year", error);
            });
            RuleFor(r => r.Values).Custom((values, context) =>
            {
                if (values is null)
                {
                    context.AddFailure("values", "Brak pola values: oczekiwano obiektu {\"identyfikator wskaźnika\": liczba lub null}.");
                    return;
                }
                var catalog = IndicatorCatalog.Load();
                var listed = 0;
                foreach (var (id, element) in values)
                {
                    var field = $"values.{ProblemResponses.Echo(id, 40)}";
                    if (!catalog.Contains(id))
                        context.AddFailure(field, $"Nieznany wskaźnik '{ProblemResponses.Echo(id, 40)}' (lista: GET /api/indicators).");
                    else if (element.ValueKind != JsonValueKind.Null
                        && !(element.ValueKind == JsonValueKind.Number && element.TryGetDouble(out var v) && double.IsFinite(v)))
                        context.AddFailure(field, $"Wartość wskaźnika {id} musi być liczbą skończoną albo null (aby ją usunąć).");
                    else continue;
                    if (++listed >= MaxListedErrors) break;
                }
            });
        }
    }
}

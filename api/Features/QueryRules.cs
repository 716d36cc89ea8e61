using FluentValidation;
using Samoocena.Api.Features.Metrics;
using Samoocena.Api.Problems;
using Samoocena.Questionnaires.Registry;

namespace Samoocena.Api.Features;

/// <summary>Rules for the query and route values several endpoints share, each with the one Polish message it always had.</summary>
public static class QueryRules
{
    /// <summary><c>year</c>: an integer 2000–2100 (absent is allowed where the endpoint takes the latest year).</summary>
    public static void Year<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Custom((year, context) =>
        {
            if (year is not null && !MetricSeries.TryParseYear(year, out _, out var error)) context.AddFailure("year", error);
        });

    /// <summary><c>peers</c>: <c>default</c>, a structural group or <c>cohort:&lt;id&gt;</c> (whether the cohort exists is the endpoint's 422).</summary>
    public static void Peers<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Custom((peers, context) =>
        {
            if (!PeerSelector.TryParse(peers, out _, out var error)) context.AddFailure("peers", error);
        });

    /// <summary><c>category</c> of a municipality: MNPP, GM, GMW, GW (any case).</summary>
    public static void MunicipalityCategory<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Custom((category, context) =>
        {
            if (!string.IsNullOrWhiteSpace(category) && !MunicipalityAttributes.Categories.Contains(category.Trim().ToUpperInvariant()))
                context.AddFailure("category", $"Nieznana kategoria '{ProblemResponses.Echo(category, 20)}'. Dozwolone: MNPP, GM, GMW, GW.");
        });
}

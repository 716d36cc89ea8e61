using FluentValidation;

namespace Samoocena.Api.Features.Metrics.ImportBdlMetrics;

/// <summary>What the client sends to POST <c>/api/metrics/import/bdl</c>.</summary>
public sealed record Request
{
    [System.ComponentModel.Description("Identyfikator wskaźnika katalogu; potrzebny, gdy żaden wskaźnik nie wymienia zmiennej BDL w polu bdlVariable.")]
    [QueryParam, BindFrom("indicatorId")] public string? IndicatorId { get; init; }
    [System.ComponentModel.Description("true: tylko podgląd, nic nie jest zapisywane (domyślnie false).")]
    [QueryParam, BindFrom("dryRun")] public bool? DryRun { get; init; }

    /// <summary>One or more BDL JSON files (any field name; <c>files</c> by convention). Read by the endpoint, not bound.</summary>
    public List<IFormFile>? Files { get; init; }

    /// <summary>The indicator id, when given, is a catalogue id's length; files and their rows are checked by the import.</summary>
    public sealed class Validator : Validator<Request>
    {
        public Validator() =>
            RuleFor(r => r.IndicatorId).MaximumLength(100).WithMessage("Identyfikator wskaźnika może mieć najwyżej 100 znaków.");
    }
}

namespace Samoocena.Api.Features.Metrics.ImportBdlMetrics;

/// <summary>What the client sends to POST <c>/api/metrics/import/bdl</c>.</summary>
public sealed record Request
{
    [System.ComponentModel.Description("Identyfikator wskaźnika katalogu; potrzebny, gdy żaden wskaźnik nie wymienia zmiennej BDL w polu bdlVariable.")]
    [QueryParam] public string? IndicatorId { get; init; }
    [System.ComponentModel.Description("true: tylko podgląd, nic nie jest zapisywane (domyślnie false).")]
    [QueryParam] public bool? DryRun { get; init; }

    /// <summary>Shape and ranges checked at the boundary (422, Polish, naming the field); domain rules stay in the grains.</summary>
    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
        }
    }
}

using Samoocena.Questionnaires.Indicators;

namespace Samoocena.Api.Features.Indicators.ListIndicators;

/// <summary><c>GET /api/indicators</c>: the whole catalogue, monitoring and context indicators, in file order.</summary>
public sealed class Endpoint : EndpointWithoutRequest<IndicatorResponse[]>
{
    public override void Configure()
    {
        Get("");
        Group<IndicatorsGroup>();
    }

    public override Task<IndicatorResponse[]> ExecuteAsync(CancellationToken ct) =>
        Task.FromResult(IndicatorCatalog.Load().Indicators.Select(IndicatorResponse.From).ToArray());
}

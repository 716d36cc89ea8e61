using Samoocena.Questionnaires.Indicators;

namespace Samoocena.Api.Features.Indices.ListIndices;

/// <summary><c>GET /api/indices</c>: the composite indices of the catalogue.</summary>
public sealed class Endpoint : EndpointWithoutRequest<IReadOnlyList<AreaIndex>>
{
    public override void Configure()
    {
        Get("");
        Group<IndicesGroup>();
    }

    public override Task<IReadOnlyList<AreaIndex>> ExecuteAsync(CancellationToken ct) =>
        Task.FromResult(IndicatorCatalog.Load().Indices);
}

using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Excel;
using Samoocena.Api.Problems;

namespace Samoocena.Api.Features.Rankings.ExportRanking;

/// <summary>
/// <c>GET /api/exports/rankings/{rankingId}/{edition}.xlsx</c> (any): the ranking workbook (<see cref="RankingWorkbook"/>),
/// file name <c>zielone-finanse-2024.xlsx</c>; a published edition exports its frozen snapshot; 404 when never computed.
/// </summary>
public sealed class Endpoint : Endpoint<Request, Results<FileStreamHttpResult, PushStreamHttpResult, ProblemHttpResult>>
{
    public override void Configure()
    {
        Get("rankings/{rankingId}/{edition}.xlsx");
        Group<ExportsGroup>();
        Description(b => b.Produces(200, contentType: ExportsGroup.ExcelContentType));
    }

    public override Task<Results<FileStreamHttpResult, PushStreamHttpResult, ProblemHttpResult>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.RankingId, request.Edition, Resolve<IGrainFactory>(), ct);

    private static async Task<Results<FileStreamHttpResult, PushStreamHttpResult, ProblemHttpResult>> Handle(
        string rankingId, string edition, IGrainFactory grains, CancellationToken ct)
    {
        if (RankingRoute.Resolve(grains, rankingId, edition, out var grain) is { } problem) return problem;
        var status = await grain.GetAsync();
        if (status.Snapshot is null) return ProblemResponses.Result(404, RankingRoute.NotComputed(rankingId, edition));
        var properties = RankingWorkbook.Properties(status);
        var sheets = RankingWorkbook.Sheets(status);
        return TypedResults.Stream(body => WorkbookWriter.WriteAsync(body, properties, sheets, ct),
            WorkbookWriter.ContentType, RankingWorkbook.FileName(status.Snapshot));
    }
}

using Samoocena.Questionnaires.Imports.Bdl;

namespace Samoocena.Api.Features.Metrics;

/// <summary>
/// The answer of <c>POST /api/metrics/import/bdl</c> (api.md): the variable and the indicator it went to, the years
/// of the values, distinct gminas matched, values stored (or, in a dry run, that a real import would store),
/// values changed old → new, refused rows, flagged values per BDL attribute id, skipped units. A refused import
/// carries the same fields in its 422 problem, with <c>imported</c> 0 and <c>changed</c> empty.
/// </summary>
public sealed record BdlImportResponse(
    int VariableId,
    string IndicatorId,
    IReadOnlyList<int> Years,
    int Matched,
    int Imported,
    IReadOnlyList<BdlImportResponse.Change> Changed,
    IReadOnlyList<BdlRejectedRow> Rejected,
    IReadOnlyDictionary<int, int> Flagged,
    IReadOnlyList<BdlSkippedUnit> Skipped)
{
    /// <summary>One value that changes: old is null where there was none.</summary>
    public sealed record Change(string Teryt, int Year, double? Old, double New);
}

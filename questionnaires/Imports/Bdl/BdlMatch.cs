namespace Samoocena.Questionnaires.Imports.Bdl;

/// <summary>
/// What an upload of BDL files amounts to against the register. <see cref="Values"/> are the plain values of
/// matched gminas (rows with a problem left out; any <see cref="Rejected"/> row refuses the whole upload);
/// <see cref="Matched"/> counts distinct register gminas; <see cref="Flagged"/> counts values by BDL attribute id
/// (not imported); <see cref="Years"/> are the years of <see cref="Values"/>, ascending.
/// </summary>
public sealed record BdlMatch(
    int VariableId,
    string? LastUpdate,
    IReadOnlyList<int> Years,
    int Matched,
    IReadOnlyList<BdlMatchedValue> Values,
    IReadOnlyList<BdlRejectedRow> Rejected,
    IReadOnlyDictionary<int, int> Flagged,
    IReadOnlyList<BdlSkippedUnit> Skipped);

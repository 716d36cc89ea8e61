namespace Samoocena.Questionnaires.Imports.Bdl;

/// <summary>
/// One element of <c>results</c> as read, before any check: <see cref="Index"/> is its 1-based position in the
/// file's results; <see cref="Id"/>, <see cref="Name"/> or <see cref="Values"/> are null when the element lacks them.
/// </summary>
public sealed record BdlUnit(int Index, string? Id, string? Name, IReadOnlyList<BdlValue>? Values);

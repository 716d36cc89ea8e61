namespace Samoocena.Questionnaires.Imports.Bdl;

/// <summary>
/// One element of a unit's <c>values</c> as read: <see cref="Year"/> as text (BDL sends a string), <see cref="Val"/>
/// null when absent or not a number, <see cref="AttrId"/> null when absent (1 = a plain value; others flag it).
/// </summary>
public sealed record BdlValue(string? Year, double? Val, int? AttrId);

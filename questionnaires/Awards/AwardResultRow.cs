namespace Samoocena.Questionnaires.Awards;

/// <summary>
/// A nominee's result. <see cref="Score"/> is unrounded (0–10; callers round for display);
/// <see cref="Place"/> and <see cref="Score"/> are null when no juror sheet counted.
/// <see cref="CountedSheets"/> is the number of complete sheets, before any trimming.
/// </summary>
public sealed record AwardResultRow(int? Place, string NomineeId, string Name, double? Score, int CountedSheets);

namespace Samoocena.Questionnaires.Awards;

/// <summary>One juror's scores for one nominee: criterion id → integer 0–10. A sheet may be incomplete.</summary>
public sealed record JurorSheet(string Juror, string NomineeId, IReadOnlyDictionary<string, int> Scores);

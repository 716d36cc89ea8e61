using Samoocena.Questionnaires.Awards;
using Samoocena.Silo.Grains.Audit;

namespace Samoocena.Silo.Grains.Awards;

/// <summary>
/// The audit of an edition: every change in order, and after the close every juror's sheets
/// (<see cref="Sheets"/> is null and score values in <see cref="Entries"/> are hidden while the vote is open).
/// </summary>
[GenerateSerializer]
public sealed record AwardAudit(
    [property: Id(0)] IReadOnlyList<AuditEntry> Entries,
    [property: Id(1)] IReadOnlyList<JurorSheet>? Sheets,
    [property: Id(2)] AwardClosure? Closure);

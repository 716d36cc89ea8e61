namespace Samoocena.Silo.Grains.Audit;

/// <summary>
/// One recorded change: who, when, what. Every grain that changes answers, metrics, budget lines,
/// rankings or awards appends these to its own state, and a coordinator can read them.
/// </summary>
/// <param name="At">When (from the injected TimeProvider).</param>
/// <param name="User">Login of the person (or "system" for demo data and imports run by the host).</param>
/// <param name="Action">What happened, a stable English verb such as "answer.set", "close", "publish".</param>
/// <param name="Target">What it happened to, e.g. a question id, "EDU_01/2024", a nominee id.</param>
/// <param name="OldValue">The value before, as text (null when there was none).</param>
/// <param name="NewValue">The value after, as text (null when cleared).</param>
/// <param name="Detail">More about the change when there is more to say, e.g. the source of an imported value.</param>
[GenerateSerializer]
public sealed record AuditEntry(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string User,
    [property: Id(2)] string Action,
    [property: Id(3)] string? Target,
    [property: Id(4)] string? OldValue,
    [property: Id(5)] string? NewValue,
    [property: Id(6)] string? Detail = null);

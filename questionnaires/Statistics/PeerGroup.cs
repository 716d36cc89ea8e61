namespace Samoocena.Questionnaires.Statistics;

/// <summary>
/// A set of units compared with each other (methodology §2). <paramref name="Members"/> are positions in the
/// caller's value arrays (for the registry: positions in <c>MunicipalityRegistry.All</c>), ascending;
/// members without a value are left out of the statistics, so n counts only the members that have one.
/// </summary>
/// <param name="Id">The group id shown to people, e.g. <c>default:GW-P2</c>, <c>neighbours:k15</c>.</param>
/// <param name="Widened">True when the default group fell back to the whole category (fewer than 5 values).</param>
public sealed record PeerGroup(string Id, bool Widened, IReadOnlyList<int> Members);

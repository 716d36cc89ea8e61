namespace Samoocena.Questionnaires.Registry;

/// <summary>
/// One context variable of the nearest-neighbour distance (methodology §2): a value per unit
/// (null where the unit has none) and its weight in the distance.
/// </summary>
/// <param name="Values">Indexed like the units the neighbours are computed over (for the registry: like <c>MunicipalityRegistry.All</c>).</param>
public sealed record ContextVariable(string Id, IReadOnlyList<double?> Values, double Weight = 1);

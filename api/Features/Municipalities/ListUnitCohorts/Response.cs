namespace Samoocena.Api.Features.Municipalities.ListUnitCohorts;

/// <summary>A cohort the unit belongs to: <c>peers=cohort:{id}</c> compares with it.</summary>
public sealed record Response(string Id, string Name);

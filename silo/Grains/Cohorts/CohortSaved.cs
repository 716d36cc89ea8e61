namespace Samoocena.Silo.Grains.Cohorts;

/// <summary>The outcome of <see cref="ICohortGrain.PutAsync"/>.</summary>
[GenerateSerializer]
public sealed record CohortSaved([property: Id(0)] Cohort Cohort, [property: Id(1)] bool Created);

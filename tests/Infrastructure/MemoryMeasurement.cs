namespace Samoocena.Tests.Infrastructure;

/// <summary>Tests that measure the process's memory run in this collection: alone, after the parallel ones.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class MemoryMeasurement
{
    public const string Name = "Memory measurement";
}

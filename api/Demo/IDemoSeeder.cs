namespace Samoocena.Api.Demo;

/// <summary>
/// Loads one part of the demo data at start (SAMOOCENA_DEMO_DATA=1). Every class implementing it in
/// this assembly runs once per database, in <see cref="Order"/>; a seeder must be idempotent.
/// </summary>
public interface IDemoSeeder
{
    int Order { get; }

    /// <summary>Short name, also the marker that the part was loaded.</summary>
    string Name { get; }

    Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken);
}

using System.Reflection;

namespace Samoocena.Api.Features;

/// <summary>One use case's endpoint; every implementation in this assembly is mapped at start.</summary>
public interface IEndpoint
{
    static abstract void Map(IEndpointRouteBuilder app);
}

public static class EndpointDiscovery
{
    public static void MapFeatureEndpoints(this IEndpointRouteBuilder app)
    {
        var endpoints = typeof(IEndpoint).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } || (t.IsAbstract && t.IsSealed))
            .Where(t => t.GetInterfaces().Contains(typeof(IEndpoint)))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        foreach (var type in endpoints)
        {
            var map = type.GetMethod(nameof(IEndpoint.Map), BindingFlags.Public | BindingFlags.Static, [typeof(IEndpointRouteBuilder)])
                ?? throw new InvalidOperationException($"{type.Name} has no public static Map method.");
            map.Invoke(null, [app]);
        }
    }
}

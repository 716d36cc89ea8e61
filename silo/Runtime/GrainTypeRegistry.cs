using System.Reflection;

namespace Orleans.Runtime;

/// <summary>Maps grain interfaces to their implementation classes, found by scanning assemblies.</summary>
public sealed class GrainTypeRegistry
{
    private readonly Dictionary<Type, Type> _implementations = [];

    public IReadOnlyDictionary<Type, Type> Implementations => _implementations;

    public void AddAssembly(Assembly assembly)
    {
        foreach (var type in assembly.GetTypes())
        {
            if (!type.IsClass || type.IsAbstract || !typeof(Grain).IsAssignableFrom(type)) continue;
            foreach (var itf in type.GetInterfaces())
            {
                if (itf == typeof(IGrain) || itf == typeof(IGrainWithStringKey) || itf == typeof(IGrainWithIntegerKey) || !typeof(IGrain).IsAssignableFrom(itf)) continue;
                if (_implementations.TryGetValue(itf, out var existing) && existing != type)
                    throw new InvalidOperationException($"Two grain classes implement {itf.Name}: {existing.Name} and {type.Name}.");
                _implementations[itf] = type;
            }
        }
    }

    /// <summary>Stable grain type name stored with the state: the interface name without its leading I.</summary>
    public static string TypeName(Type grainInterface)
    {
        var alias = grainInterface.GetCustomAttribute<AliasAttribute>()?.Alias;
        if (alias is not null) return alias;
        var name = grainInterface.Name;
        return name.Length > 1 && name[0] == 'I' && char.IsUpper(name[1]) ? name[1..] : name;
    }
}

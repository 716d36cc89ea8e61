using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Orleans.Storage;

/// <summary>Schema version of a stored state type; bump it when the shape changes incompatibly.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct)]
public sealed class StateSchemaVersionAttribute(int version) : Attribute
{
    public int Version { get; } = version;
}

/// <summary>JSON payload of a stored state: <c>{"schemaVersion": n, "state": {...}}</c>.</summary>
public static class StatePayload
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static int SchemaVersionOf(Type stateType) =>
        stateType.GetCustomAttribute<StateSchemaVersionAttribute>()?.Version ?? 1;

    public static string Serialize<T>(T state) =>
        JsonSerializer.Serialize(new Envelope<T>(SchemaVersionOf(typeof(T)), state), Json);

    public static T Deserialize<T>(string payload)
    {
        var envelope = JsonSerializer.Deserialize<Envelope<T>>(payload, Json)
            ?? throw new InvalidDataException("Empty state payload.");
        var expected = SchemaVersionOf(typeof(T));
        if (envelope.SchemaVersion > expected)
            throw new InvalidDataException(
                $"Stored {typeof(T).Name} has schema version {envelope.SchemaVersion}, newer than this build's {expected}.");
        return envelope.State;
    }

    private sealed record Envelope<T>(int SchemaVersion, T State);
}

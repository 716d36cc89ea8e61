using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;
using Orleans.Storage;

namespace Samoocena.Silo.Storage;

/// <summary>Schema version of a stored state type; bump it when the shape changes incompatibly.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Struct)]
public sealed class StateSchemaVersionAttribute(int version) : Attribute
{
    public int Version { get; } = version;
}

/// <summary>
/// Grain state as System.Text.Json, UTF-8: <c>{"schemaVersion": n, "state": {...}}</c>, property names in camelCase and
/// no type names, so renaming a class loses nothing (the state type comes from the grain, not from the payload).
/// The same bytes as the release before Orleans 10.4.2 wrote into <c>PayloadJson</c>, so old rows read unchanged.
/// </summary>
public sealed class StateJsonSerializer : IGrainStorageSerializer
{
    /// <summary>The stored format without hand-written converters (what they must match byte for byte).</summary>
    public static readonly JsonSerializerOptions Plain = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        NumberHandling = JsonNumberHandling.AllowNamedFloatingPointLiterals,
    };

    public static readonly JsonSerializerOptions Json = new(Plain) { Converters = { new AuditEntryJsonConverter(Plain) } };

    public static int SchemaVersionOf(Type stateType) =>
        stateType.GetCustomAttribute<StateSchemaVersionAttribute>()?.Version ?? 1;

    /// <summary>Read once per state type (attribute lookups cost on every write otherwise).</summary>
    private static class SchemaVersion<T>
    {
        public static readonly int Value = SchemaVersionOf(typeof(T));
    }

    public BinaryData Serialize<T>(T? input) => new(SerializeToUtf8Bytes(input));

    /// <summary>
    /// The same JSON as UTF-8 bytes, for the writes of our own storage code: SQLite keeps them as text in
    /// <c>PayloadJson</c> (<c>CAST(@payload AS TEXT)</c>: the bytes are the database's UTF-8, no conversion),
    /// PostgreSQL in <c>PayloadBinary</c>.
    /// </summary>
    public static byte[] SerializeToUtf8Bytes<T>(T? input) =>
        JsonSerializer.SerializeToUtf8Bytes(new Envelope<T?>(SchemaVersion<T>.Value, input), Json);

    public T Deserialize<T>(BinaryData input) => Deserialize<T>(input.ToMemory().Span);

    public static T Deserialize<T>(ReadOnlySpan<byte> utf8)
    {
        var envelope = JsonSerializer.Deserialize<Envelope<T>>(utf8, Json)
            ?? throw new InvalidDataException("Empty state payload.");
        var expected = SchemaVersion<T>.Value;
        if (envelope.SchemaVersion > expected)
            throw new InvalidDataException(
                $"Stored {typeof(T).Name} has schema version {envelope.SchemaVersion}, newer than this build's {expected}.");
        return envelope.State;
    }

    private sealed record Envelope<T>(int SchemaVersion, T State);
}

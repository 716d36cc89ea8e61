using System.Data.Common;
using System.Globalization;
using Orleans.Configuration;
using Orleans.Runtime;

namespace Orleans.Storage;

/// <summary>
/// Grain storage on the Orleans AdoNet table, for SQLite and PostgreSQL. Every write names the version
/// it read: an update succeeds only where the stored Version still equals it (and sets Version + 1); a
/// first write inserts Version 1 only where no row exists. Otherwise the write lost a race and
/// <see cref="InconsistentStateException"/> is thrown; nothing is overwritten.
/// </summary>
public sealed class AdoNetGrainStorage : IGrainStorage, IAsyncDisposable
{
    private const string KeyFilter =
        "GrainIdHash = @idHash AND GrainTypeHash = @typeHash AND ServiceId = @serviceId " +
        "AND GrainTypeString = @type AND GrainIdExtensionString = @key";

    private readonly StorageDialect _dialect;
    private readonly AdoNetGrainStorageOptions _options;
    private readonly TimeProvider _time;
    private readonly GroupCommitWriter? _writer;

    public AdoNetGrainStorage(AdoNetGrainStorageOptions options, TimeProvider time)
    {
        _options = options;
        _time = time;
        _dialect = StorageDialect.For(options);
        if (options.Invariant == AdoNetGrainStorageOptions.SqliteInvariant) _writer = new GroupCommitWriter(_dialect.OpenAsync);
    }

    public string Invariant => _options.Invariant;

    /// <summary>Applies pending schema scripts; returns how many were applied.</summary>
    public Task<int> InitializeAsync() => SchemaMigrator.MigrateAsync(_dialect, _time);

    public async Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await using var connection = await _dialect.OpenAsync().ConfigureAwait(false);
        using var command = Command(connection, $"SELECT PayloadJson, Version FROM OrleansStorage WHERE {KeyFilter}", stateName, grainId);
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        if (!await reader.ReadAsync().ConfigureAwait(false))
        {
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }
        var payload = reader.IsDBNull(0) ? null : reader.GetString(0);
        grainState.ETag = reader.IsDBNull(1) ? null : Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = payload is not null;
        if (payload is not null) grainState.State = StatePayload.Deserialize<T>(payload);
    }

    public async Task<string?> ReadETagAsync(string stateName, GrainId grainId)
    {
        await using var connection = await _dialect.OpenAsync().ConfigureAwait(false);
        using var command = Command(connection, $"SELECT Version FROM OrleansStorage WHERE {KeyFilter}", stateName, grainId);
        var value = await command.ExecuteScalarAsync().ConfigureAwait(false);
        return value is null or DBNull ? null : Convert.ToInt64(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        WriteAsync(stateName, grainId, grainState, StatePayload.Serialize(grainState.State), clear: false);

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        grainState.ETag is null ? Task.CompletedTask : WriteAsync(stateName, grainId, grainState, null, clear: true);

    private async Task WriteAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, string? payload, bool clear)
    {
        var parameters = KeyParameters(stateName, grainId);
        parameters.Add(new("@payload", payload));
        parameters.Add(new("@now", _dialect.Timestamp(_time.GetUtcNow())));
        string sql;
        long newVersion;
        if (grainState.ETag is null)
        {
            sql = "INSERT INTO OrleansStorage (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString, GrainIdExtensionString, " +
                "ServiceId, PayloadJson, ModifiedOn, Version) VALUES (@idHash, 0, 0, @typeHash, @type, @key, @serviceId, @payload, @now, 1) " +
                "ON CONFLICT DO NOTHING";
            newVersion = 1;
        }
        else
        {
            var expected = long.Parse(grainState.ETag, CultureInfo.InvariantCulture);
            sql = $"UPDATE OrleansStorage SET PayloadJson = @payload, ModifiedOn = @now, Version = Version + 1 WHERE {KeyFilter} AND Version = @version";
            parameters.Add(new("@version", (int)expected));
            newVersion = expected + 1;
        }
        var affected = await ExecuteWriteAsync(sql, parameters).ConfigureAwait(false);
        if (affected != 1)
        {
            var current = await ReadETagAsync(stateName, grainId).ConfigureAwait(false);
            throw new InconsistentStateException(
                $"Version conflict writing {grainId} ({stateName}): expected {grainState.ETag ?? "no record"}, stored {current ?? "no record"}.",
                current, grainState.ETag);
        }
        grainState.ETag = newVersion.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = !clear;
    }

    /// <summary>SQLite: through the group-commit writer. PostgreSQL: a pooled connection (many writers at once).</summary>
    private async Task<int> ExecuteWriteAsync(string sql, List<KeyValuePair<string, object?>> parameters)
    {
        if (_writer is not null) return await _writer.ExecuteAsync(sql, parameters).ConfigureAwait(false);
        await using var connection = await _dialect.OpenAsync().ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters) SchemaMigrator.AddParameter(command, name, value);
        return await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }

    private List<KeyValuePair<string, object?>> KeyParameters(string stateName, GrainId grainId)
    {
        var type = grainId.Type + "/" + stateName;
        return
        [
            new("@idHash", StableHash.Compute(grainId.Key)), new("@typeHash", StableHash.Compute(type)),
            new("@serviceId", _options.ServiceId), new("@type", type), new("@key", grainId.Key),
        ];
    }

    public async ValueTask DisposeAsync()
    {
        if (_writer is not null) await _writer.DisposeAsync().ConfigureAwait(false);
    }

    private DbCommand Command(DbConnection connection, string sql, string stateName, GrainId grainId)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in KeyParameters(stateName, grainId)) SchemaMigrator.AddParameter(command, name, value);
        return command;
    }
}

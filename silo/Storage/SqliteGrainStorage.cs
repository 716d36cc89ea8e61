using System.Data.Common;
using System.Globalization;
using System.Text;
using Orleans.Storage;

namespace Samoocena.Silo.Storage;

/// <summary>
/// Orleans' <see cref="IGrainStorage"/> contract on the embedded SQLite file, ours rather than the stock AdoNet
/// provider because SQLite has one writer: the stock provider commits every write on its own connection, while
/// this one sends concurrent writes of different grains through one group commit (<see cref="GroupCommitWriter"/>),
/// each with its own version check (figures in silo/README.md). Rows keep the layout of the Orleans table and of
/// the release before Orleans 10.4.2: type <c>&lt;grain type&gt;/&lt;state name&gt;</c>, key in
/// <c>GrainIdExtensionString</c>, FNV-1a hashes, JSON in <c>PayloadJson</c> — so a file written by that release
/// opens unchanged. A write names the version it read; a lost race throws <see cref="InconsistentStateException"/>.
/// </summary>
public sealed class SqliteGrainStorage : IGrainStorage, IAsyncDisposable
{
    private const string KeyFilter =
        "GrainIdHash = @idHash AND GrainTypeHash = @typeHash AND ServiceId = @serviceId " +
        "AND GrainTypeString = @type AND GrainIdExtensionString = @key";

    private readonly StorageDialect _dialect;
    private readonly string _serviceId;
    private readonly TimeProvider _time;
    private readonly GroupCommitWriter _writer;
    private readonly WalCheckpointer _checkpointer;

    internal SqliteGrainStorage(StorageSettings settings, StorageDialect dialect, TimeProvider time)
    {
        _dialect = dialect;
        _serviceId = settings.ServiceId;
        _time = time;
        _checkpointer = new WalCheckpointer(_dialect.OpenAsync, time);
        _writer = new GroupCommitWriter(_dialect.OpenWriterAsync, _checkpointer.BeforeBatchAsync, _checkpointer.Committed);
    }

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Hosting.SiloMetrics.TimeStorageAsync("read", stateName, () => ReadAsync(stateName, grainId, grainState));

    private async Task ReadAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        await using var connection = await _dialect.OpenAsync().ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT PayloadJson, Version FROM OrleansStorage WHERE {KeyFilter}";
        foreach (var (name, value) in KeyParameters(stateName, grainId)) SchemaMigrator.AddParameter(command, name, value);
        await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        if (!await reader.ReadAsync().ConfigureAwait(false))
        {
            grainState.State = Activator.CreateInstance<T>();
            grainState.ETag = null;
            grainState.RecordExists = false;
            return;
        }
        var payload = reader.IsDBNull(0) ? null : reader.GetString(0);
        grainState.ETag = reader.IsDBNull(1) ? null : Convert.ToInt64(reader.GetValue(1), CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = payload is not null;
        grainState.State = payload is null ? Activator.CreateInstance<T>() : StateJsonSerializer.Deserialize<T>(Encoding.UTF8.GetBytes(payload));
    }

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Hosting.SiloMetrics.TimeStorageAsync("write", stateName,
            () => WriteAsync(stateName, grainId, grainState, StateJsonSerializer.SerializeToUtf8Bytes(grainState.State), clear: false));

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        grainState.ETag is null ? Task.CompletedTask : WriteAsync(stateName, grainId, grainState, null, clear: true);

    private async Task WriteAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState, byte[]? payload, bool clear)
    {
        var parameters = KeyParameters(stateName, grainId);
        parameters.Add(new("@payload", payload));
        parameters.Add(new("@now", _dialect.Timestamp(_time.GetUtcNow())));
        string sql;
        long newVersion;
        if (grainState.ETag is null)
        {
            sql = "INSERT INTO OrleansStorage (GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString, GrainIdExtensionString, " +
                "ServiceId, PayloadJson, ModifiedOn, Version) VALUES (@idHash, 0, 0, @typeHash, @type, @key, @serviceId, CAST(@payload AS TEXT), @now, 1) " +
                "ON CONFLICT DO NOTHING";
            newVersion = 1;
        }
        else
        {
            var expected = long.Parse(grainState.ETag, CultureInfo.InvariantCulture);
            sql = $"UPDATE OrleansStorage SET PayloadJson = CAST(@payload AS TEXT), ModifiedOn = @now, Version = Version + 1 WHERE {KeyFilter} AND Version = @version";
            parameters.Add(new("@version", expected));
            newVersion = expected + 1;
        }
        if (await _writer.ExecuteAsync(sql, parameters).ConfigureAwait(false) != 1)
            throw new InconsistentStateException(
                $"Version conflict writing {grainId} ({stateName}): expected {grainState.ETag ?? "no record"}.",
                storedEtag: "unknown", currentEtag: grainState.ETag ?? "none");
        grainState.ETag = newVersion.ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = !clear;
    }

    private List<KeyValuePair<string, object?>> KeyParameters(string stateName, GrainId grainId)
    {
        var type = grainId.Type + "/" + stateName;
        var key = grainId.Key.ToString()!;
        return
        [
            new("@idHash", StableHash.Compute(key)), new("@typeHash", StableHash.Compute(type)),
            new("@serviceId", _serviceId), new("@type", type), new("@key", key),
        ];
    }

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync().ConfigureAwait(false);
        _checkpointer.Dispose();
    }
}

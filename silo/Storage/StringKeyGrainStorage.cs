using System.Globalization;
using Npgsql;

namespace Samoocena.Silo.Storage;

/// <summary>
/// Grain storage on PostgreSQL: the stock AdoNet provider, with the updates of existing rows sent through a group
/// commit (<see cref="GroupCommitWriter"/>).
/// <list type="bullet">
/// <item>Keys: that provider reads a grain key as an integer or a GUID whenever the text parses as one
/// (hexadecimal), so the string keys "02" and "2", or the logins "abc" and "0ABC", would share one row. Every key of
/// this product is a string: it is passed on with a prefix that never parses, so each lands in
/// <c>GrainIdExtensionString</c> as written (e.g. <c>key:0201011</c>).</item>
/// <item>Reads, first writes (no ETag: the provider's insert, which relies on the unique index to detect a lost
/// race) and clears go through the stock provider unchanged.</item>
/// <item>An update (ETag set) is one UPDATE on the group-commit writer's own connection, sharing a transaction with
/// the concurrent updates of other grains: one commit (one fsync) for many writes instead of one each. It sets
/// exactly what the provider's <c>samoocena_write_state</c> (migration 0002) sets — the same serializer's bytes,
/// <c>now() AT TIME ZONE 'utc'</c>, <c>Version + 1</c> — on the row the provider reads, keeps the version check,
/// and a row count of 0 is the provider's <see cref="InconsistentStateException"/>. Rows stay byte for byte what the
/// stock provider writes, so a database of either kind of write reads the same.</item>
/// </list>
/// Reads and writes are timed (<see cref="Hosting.SiloMetrics"/>).
/// </summary>
public sealed class StringKeyGrainStorage : IGrainStorage, IAsyncDisposable
{
    public const string Prefix = "key:";

    /// <summary>The writer's <c>application_name</c>: <c>samoocena-writer/&lt;ServiceId&gt;</c> (operators and tests find its backend by it).</summary>
    public const string WriterApplicationPrefix = "samoocena-writer/";

    /// <summary>
    /// The row is found by the unique index <c>ux_orleansstorage_grain (ServiceId, GrainTypeString, GrainIdN0,
    /// GrainIdN1, COALESCE(GrainIdExtensionString, ''))</c>, written with the same expression so that PostgreSQL uses
    /// it (EXPLAIN: "Index Scan using ux_orleansstorage_grain"). The index allows one row per value, and every row the
    /// provider reads for a key has these values, so this is exactly the provider's row; its hash columns are
    /// functions of the same values (grain key and state name) and would narrow nothing, so they are not recomputed
    /// here (that would tie us to the provider's hasher). What the provider stores for our keys (checked on a real
    /// PostgreSQL, <c>tests/Reliability/PostgresGroupCommitTests.cs</c>): <c>GrainTypeString</c> = the state name
    /// (the provider's "grain type" argument is the state name, which has no generic part here),
    /// <c>GrainIdN0</c> = <c>GrainIdN1</c> = 0 and <c>GrainIdExtensionString</c> = the prefixed key (a string key,
    /// because the prefix never parses as an integer or a GUID).
    /// </summary>
    private const string UpdateSql =
        "UPDATE OrleansStorage SET PayloadBinary = @payload, ModifiedOn = now() AT TIME ZONE 'utc', Version = Version + 1 " +
        "WHERE ServiceId = @serviceId AND GrainTypeString = @type AND GrainIdN0 = @n0 AND GrainIdN1 = @n1 " +
        "AND COALESCE(GrainIdExtensionString, '') = @key AND Version = @version";

    private readonly IGrainStorage _inner;
    private readonly string _serviceId;
    private readonly NpgsqlDataSource _writerSource;
    private readonly GroupCommitWriter _writer;

    /// <summary>
    /// <paramref name="inner"/> is the stock provider (configured with <see cref="StateJsonSerializer"/>); updates go through a group-commit writer on its own connection to <paramref name="connectionString"/>
    /// (unpooled, so a broken one is never handed out again; <c>application_name</c> names it).
    /// </summary>
    public StringKeyGrainStorage(IGrainStorage inner, string connectionString, string serviceId)
    {
        _inner = inner;
        _serviceId = serviceId;
        var builder = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Pooling = false,
            ApplicationName = WriterApplicationPrefix + serviceId,
        };
        _writerSource = NpgsqlDataSource.Create(builder.ConnectionString);
        _writer = new GroupCommitWriter(async () => await _writerSource.OpenConnectionAsync().ConfigureAwait(false));
    }

    /// <summary>Batches (transactions) the group-commit writer has applied updates in so far.</summary>
    public long UpdateBatches => _writer.Batches;

    /// <summary>Update batches that failed as a whole (a statement's error aborts the transaction) and were applied one by one.</summary>
    public long UpdateBatchesAppliedOneByOne => _writer.BatchesAppliedOneByOne;

    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Hosting.SiloMetrics.TimeStorageAsync("read", stateName, () => _inner.ReadStateAsync(stateName, AsString(grainId), grainState));

    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        Hosting.SiloMetrics.TimeStorageAsync("write", stateName,
            () => !string.IsNullOrWhiteSpace(grainState.ETag) && !stateName.Contains('`', StringComparison.Ordinal)
                ? UpdateAsync(stateName, AsString(grainId), grainState)
                : _inner.WriteStateAsync(stateName, AsString(grainId), grainState));

    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        _inner.ClearStateAsync(stateName, AsString(grainId), grainState);

    private async Task UpdateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState)
    {
        // The provider's version is an integer column, its ETag that integer as text.
        var expected = int.Parse(grainState.ETag!, CultureInfo.InvariantCulture);
        var key = grainId.Key.ToString()!;
        KeyValuePair<string, object?>[] parameters =
        [
            new("@payload", StateJsonSerializer.SerializeToUtf8Bytes(grainState.State)),
            new("@serviceId", _serviceId), new("@type", stateName), new("@n0", 0L), new("@n1", 0L),
            new("@key", key), new("@version", expected),
        ];
        if (await _writer.ExecuteAsync(UpdateSql, parameters).ConfigureAwait(false) != 1)
            // The provider's own words for a lost race (another activation wrote first, or the row is gone).
            throw new InconsistentStateException(
                $"Version conflict (WriteState): ServiceId={_serviceId} ProviderName={Hosting.SiloHosting.StockStorageName} " +
                $"GrainType={stateName} GrainId={key} ETag={grainState.ETag}.");
        grainState.ETag = (expected + 1).ToString(CultureInfo.InvariantCulture);
        grainState.RecordExists = true;
    }

    private static GrainId AsString(GrainId grainId) => GrainId.Create(grainId.Type, Prefix + grainId.Key);

    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync().ConfigureAwait(false);
        await _writerSource.DisposeAsync().ConfigureAwait(false);
    }
}

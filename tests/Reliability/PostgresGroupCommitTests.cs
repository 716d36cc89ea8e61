using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans.Storage;
using Samoocena.Silo.Storage;
using Samoocena.Tests.Infrastructure;
using static Samoocena.Tests.Reliability.GroupCommitProbe;

namespace Samoocena.Tests.Reliability;

/// <summary>
/// PostgreSQL grain storage: updates of existing rows go through the group-commit writer
/// (<see cref="StringKeyGrainStorage"/> and its group-commit writer), on a real server. Rows are compared with
/// what the stock AdoNet provider writes and read back through a fresh stock provider.
/// </summary>
public sealed class PostgresGroupCommitTests
{
    private static StringKeyGrainStorage Storage(SiloHarness silo) => (StringKeyGrainStorage)DefaultStorage(silo);

    /// <summary>The stock AdoNet provider itself (keys as it sees them: prefixed).</summary>
    private static IGrainStorage Stock(SiloHarness silo) => silo.Services.GetRequiredKeyedService<IGrainStorage>("postgres");

    private static GrainId StockId(string key) => GrainId.Create(ProbeGrainType, StringKeyGrainStorage.Prefix + key);

    private static Task<SiloHarness> StartAsync(string serviceId) =>
        SiloHarness.StartAsync(StorageKind.Postgres, serviceId, TestDatabases.NewSqlitePath());

    private static Task<GrainState<ProbeState>> ReadThroughStockAsync(IGrainStorage stock, string key) => ReadAsync(stock, StockId(key));

    private sealed record Row(int IdHash, long N0, long N1, int TypeHash, string Type, string? Extension, string ServiceId,
        byte[]? Payload, DateTime ModifiedOn, int? Version);

    private static async Task<Row> RowAsync(string serviceId, string key)
    {
        await using var connection = new NpgsqlConnection(TestDatabases.PostgresConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT GrainIdHash, GrainIdN0, GrainIdN1, GrainTypeHash, GrainTypeString, GrainIdExtensionString, ServiceId, " +
            "PayloadBinary, ModifiedOn, Version FROM OrleansStorage WHERE ServiceId = @s AND GrainIdExtensionString = @k", connection);
        command.Parameters.AddWithValue("s", serviceId);
        command.Parameters.AddWithValue("k", StringKeyGrainStorage.Prefix + key);
        await using var reader = await command.ExecuteReaderAsync();
        (await reader.ReadAsync()).Should().BeTrue($"a row for {key}");
        var row = new Row(reader.GetInt32(0), reader.GetInt64(1), reader.GetInt64(2), reader.GetInt32(3), reader.GetString(4),
            reader.IsDBNull(5) ? null : reader.GetString(5), reader.GetString(6), reader.IsDBNull(7) ? null : (byte[])reader[7],
            reader.GetDateTime(8), reader.IsDBNull(9) ? null : reader.GetInt32(9));
        (await reader.ReadAsync()).Should().BeFalse("one row per grain and state");
        return row;
    }

    private static async Task ExecuteAsync(string sql, params (string Name, object Value)[] parameters)
    {
        await using var connection = new NpgsqlConnection(TestDatabases.PostgresConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<int[]> WriterBackendsAsync(string serviceId)
    {
        await using var connection = new NpgsqlConnection(TestDatabases.PostgresConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pid FROM pg_stat_activity WHERE application_name = @a ORDER BY pid", connection);
        command.Parameters.AddWithValue("a", StringKeyGrainStorage.WriterApplicationPrefix + serviceId);
        var pids = new List<int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync()) pids.Add(reader.GetInt32(0));
        return [.. pids];
    }

    /// <summary>
    /// Holds the row of <paramref name="key"/> locked in an open transaction and writes it through
    /// <paramref name="storage"/>: the writer's batch of that write waits on the lock (checked in pg_stat_activity),
    /// so every write queued meanwhile lands in the writer's next batch, together. Disposing releases the lock.
    /// </summary>
    private static async Task<(IAsyncDisposable Release, Task Blocked)> BlockWriterAsync(
        StringKeyGrainStorage storage, string serviceId, string key, GrainState<ProbeState> state)
    {
        var connection = new NpgsqlConnection(TestDatabases.PostgresConnectionString);
        await connection.OpenAsync();
        var tx = await connection.BeginTransactionAsync();
        await using (var lockRow = new NpgsqlCommand(
            "SELECT 1 FROM OrleansStorage WHERE ServiceId = @s AND GrainIdExtensionString = @k FOR UPDATE", connection, tx))
        {
            lockRow.Parameters.AddWithValue("s", serviceId);
            lockRow.Parameters.AddWithValue("k", StringKeyGrainStorage.Prefix + key);
            (await lockRow.ExecuteScalarAsync()).Should().Be(1);
        }
        var blocked = storage.WriteStateAsync(StateName, Id(key), state);
        await using var probe = new NpgsqlConnection(TestDatabases.PostgresConnectionString);
        await probe.OpenAsync();
        for (var waited = 0; ; waited++)
        {
            await using var command = new NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE application_name = @a AND wait_event_type = 'Lock'", probe);
            command.Parameters.AddWithValue("a", StringKeyGrainStorage.WriterApplicationPrefix + serviceId);
            if ((long)(await command.ExecuteScalarAsync())! == 1) break;
            waited.Should().BeLessThan(500, "the writer should be waiting on the held row");
            await Task.Delay(10);
        }
        return (new Releaser(connection, tx), blocked);
    }

    private sealed class Releaser(NpgsqlConnection connection, NpgsqlTransaction tx) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await tx.CommitAsync();
            await connection.DisposeAsync();
        }
    }

    [Fact]
    public async Task Concurrent_updates_of_different_grains_share_transactions_and_are_all_stored()
    {
        const int grains = 200;
        const int rounds = 3;
        var serviceId = TestDatabases.NewServiceId();
        var keys = Enumerable.Range(0, grains).Select(i => $"g{i:D3}").ToArray();
        await using (var silo = await StartAsync(serviceId))
        {
            var storage = Storage(silo);
            var states = keys.Select((_, i) => New(i, "inserted")).ToArray();
            await Task.WhenAll(keys.Select((key, i) => storage.WriteStateAsync(StateName, Id(key), states[i])));
            states.Should().OnlyContain(s => s.ETag == "1", "first writes are the stock provider's inserts");

            var before = storage.UpdateBatches;
            for (var round = 1; round <= rounds; round++)
            {
                foreach (var (state, i) in states.Select((s, i) => (s, i))) state.State = new ProbeState { Value = i * 1000 + round, Text = $"round {round}" };
                // All started at once, then awaited together.
                await Task.WhenAll(keys.Select((key, i) => storage.WriteStateAsync(StateName, Id(key), states[i])));
            }
            var batches = storage.UpdateBatches - before;
            states.Should().OnlyContain(s => s.ETag == "4" && s.RecordExists);
            batches.Should().BeGreaterThan(0).And.BeLessThan(grains * rounds, "concurrent updates share transactions");
        }

        // A new silo (a new stock provider instance) reads every value and version.
        await using var fresh = await StartAsync(serviceId);
        var stock = Stock(fresh);
        for (var i = 0; i < grains; i++)
        {
            var read = await ReadThroughStockAsync(stock, keys[i]);
            read.ETag.Should().Be("4");
            read.RecordExists.Should().BeTrue();
            read.State!.Value.Should().Be(i * 1000 + rounds);
            read.State.Text.Should().Be($"round {rounds}");
        }
    }

    [Fact]
    public async Task A_stale_update_is_refused_and_changes_nothing_while_the_others_are_stored()
    {
        const int others = 30;
        var serviceId = TestDatabases.NewServiceId();
        await using var silo = await StartAsync(serviceId);
        var storage = Storage(silo);
        var stale = New(1, "first");
        await storage.WriteStateAsync(StateName, Id("stale"), stale);
        var current = new GrainState<ProbeState>(new ProbeState { Value = 2, Text = "second" }) { ETag = stale.ETag, RecordExists = true };
        await storage.WriteStateAsync(StateName, Id("stale"), current);
        current.ETag.Should().Be("2");
        var stored = await RowAsync(serviceId, "stale");

        var states = Enumerable.Range(0, others).Select(i => New(i, "inserted")).ToArray();
        await Task.WhenAll(states.Select((s, i) => storage.WriteStateAsync(StateName, Id($"o{i}"), s)));
        foreach (var (s, i) in states.Select((s, i) => (s, i))) s.State = new ProbeState { Value = 100 + i, Text = "updated" };
        stale.State = new ProbeState { Value = 3, Text = "from a stale copy" };

        var blocker = New(0, "blocker");
        await storage.WriteStateAsync(StateName, Id("blocker"), blocker);
        var batchesBefore = storage.UpdateBatches;
        var (release, blocked) = await BlockWriterAsync(storage, serviceId, "blocker", blocker);
        // The stale write is queued in the middle of the others: all of them make the writer's next batch.
        var writes = states.Take(others / 2).Select((s, i) => storage.WriteStateAsync(StateName, Id($"o{i}"), s))
            .Append(storage.WriteStateAsync(StateName, Id("stale"), stale))
            .Concat(states.Skip(others / 2).Select((s, i) => storage.WriteStateAsync(StateName, Id($"o{others / 2 + i}"), s)))
            .ToArray();
        var staleWrite = writes[others / 2];
        await release.DisposeAsync();
        await blocked;
        await FluentActions.Awaiting(() => staleWrite).Should().ThrowAsync<InconsistentStateException>();
        await Task.WhenAll(writes.Where(w => w != staleWrite));

        storage.UpdateBatches.Should().Be(batchesBefore + 2, "the blocker's batch, then one batch of all the others");
        storage.UpdateBatchesAppliedOneByOne.Should().Be(0, "a version check that fails is a row count 0, not an error");
        stale.ETag.Should().Be("1", "a refused write leaves the grain's ETag alone");
        (await RowAsync(serviceId, "stale")).Should().BeEquivalentTo(stored, "the refused write changed nothing");
        var stock = Stock(silo);
        (await ReadThroughStockAsync(stock, "stale")).State.Should().BeEquivalentTo(new ProbeState { Value = 2, Text = "second" });
        for (var i = 0; i < others; i++)
        {
            states[i].ETag.Should().Be("2");
            var read = await ReadThroughStockAsync(stock, $"o{i}");
            read.ETag.Should().Be("2");
            read.State.Should().BeEquivalentTo(new ProbeState { Value = 100 + i, Text = "updated" });
        }
    }

    [Fact]
    public async Task A_statement_error_fails_only_its_own_write_and_the_rest_of_its_batch_is_stored()
    {
        const int others = 30;
        var serviceId = TestDatabases.NewServiceId();
        await using var silo = await StartAsync(serviceId);
        var storage = Storage(silo);
        var states = Enumerable.Range(0, others).Select(i => New(i, "inserted")).ToArray();
        await Task.WhenAll(states.Select((s, i) => storage.WriteStateAsync(StateName, Id($"o{i}"), s)));
        var bad = New(-1, "inserted");
        await storage.WriteStateAsync(StateName, Id("bad"), bad);
        // Version + 1 overflows the integer column: that UPDATE fails and aborts the whole batch's transaction.
        await ExecuteAsync("UPDATE OrleansStorage SET Version = 2147483647 WHERE ServiceId = @s AND GrainIdExtensionString = @k",
            ("s", serviceId), ("k", StringKeyGrainStorage.Prefix + "bad"));
        bad.ETag = "2147483647";
        var badRow = await RowAsync(serviceId, "bad");

        foreach (var (s, i) in states.Select((s, i) => (s, i))) s.State = new ProbeState { Value = 100 + i, Text = "updated" };
        bad.State = new ProbeState { Value = -2, Text = "never stored" };
        var blocker = New(0, "blocker");
        await storage.WriteStateAsync(StateName, Id("blocker"), blocker);
        var batchesBefore = storage.UpdateBatches;
        var oneByOneBefore = storage.UpdateBatchesAppliedOneByOne;
        var (release, blocked) = await BlockWriterAsync(storage, serviceId, "blocker", blocker);
        var writes = states.Take(others / 2).Select((s, i) => storage.WriteStateAsync(StateName, Id($"o{i}"), s)).ToArray();
        var badWrite = storage.WriteStateAsync(StateName, Id("bad"), bad);
        writes = [.. writes, .. states.Skip(others / 2).Select((s, i) => storage.WriteStateAsync(StateName, Id($"o{others / 2 + i}"), s))];
        await release.DisposeAsync();
        await blocked;

        (await FluentActions.Awaiting(() => badWrite).Should().ThrowAsync<PostgresException>()).Which.SqlState.Should().Be("22003");
        await Task.WhenAll(writes);
        storage.UpdateBatches.Should().Be(batchesBefore + 2, "the blocker's batch, then one batch of all the others");
        storage.UpdateBatchesAppliedOneByOne.Should().Be(oneByOneBefore + 1, "that batch failed as a whole and was applied again write by write");
        bad.ETag.Should().Be("2147483647");
        (await RowAsync(serviceId, "bad")).Should().BeEquivalentTo(badRow);
        var stock = Stock(silo);
        for (var i = 0; i < others; i++)
        {
            var read = await ReadThroughStockAsync(stock, $"o{i}");
            read.ETag.Should().Be("2");
            read.State.Should().BeEquivalentTo(new ProbeState { Value = 100 + i, Text = "updated" });
        }
    }

    [Fact]
    public async Task A_write_on_a_killed_connection_fails_and_the_next_write_reconnects()
    {
        var serviceId = TestDatabases.NewServiceId();
        await using var silo = await StartAsync(serviceId);
        var storage = Storage(silo);
        var state = New(1, "inserted");
        await storage.WriteStateAsync(StateName, Id("k"), state);
        state.State = new ProbeState { Value = 2, Text = "updated" };
        await storage.WriteStateAsync(StateName, Id("k"), state);
        state.ETag.Should().Be("2");
        var writer = await WriterBackendsAsync(serviceId);
        writer.Should().ContainSingle("one dedicated writer connection per silo");

        await ExecuteAsync("SELECT pg_terminate_backend(@p, 10000)", ("p", writer[0]));
        (await WriterBackendsAsync(serviceId)).Should().BeEmpty();
        state.State = new ProbeState { Value = 3, Text = "lost with the connection" };
        var failed = await FluentActions.Awaiting(() => storage.WriteStateAsync(StateName, Id("k"), state)).Should().ThrowAsync<Exception>();
        failed.Which.Should().NotBeOfType<InconsistentStateException>();
        state.ETag.Should().Be("2", "the failed write was not acknowledged");
        (await RowAsync(serviceId, "k")).Version.Should().Be(2);

        state.State = new ProbeState { Value = 4, Text = "after reconnecting" };
        await storage.WriteStateAsync(StateName, Id("k"), state);
        state.ETag.Should().Be("3");
        var reconnected = await WriterBackendsAsync(serviceId);
        reconnected.Should().ContainSingle().Which.Should().NotBe(writer[0]);
        var read = await ReadThroughStockAsync(Stock(silo), "k");
        read.ETag.Should().Be("3");
        read.State.Should().BeEquivalentTo(new ProbeState { Value = 4, Text = "after reconnecting" });
    }

    [Fact]
    public async Task An_update_by_the_writer_stores_the_row_the_stock_provider_would_store()
    {
        var serviceId = TestDatabases.NewServiceId();
        var state = new ProbeState { Value = 7, Text = "Żórawina – gmina wiejska" };
        Row insertedOurs, insertedStock;
        await using (var silo = await StartAsync(serviceId))
        {
            var storage = Storage(silo);
            var stock = Stock(silo);
            // Both rows inserted by the stock provider (our storage hands first writes to it).
            var ours = New(1, "inserted");
            await storage.WriteStateAsync(StateName, Id("ours"), ours);
            var theirs = New(1, "inserted");
            await stock.WriteStateAsync(StateName, StockId("theirs"), theirs);
            insertedOurs = await RowAsync(serviceId, "ours");
            insertedStock = await RowAsync(serviceId, "theirs");

            // What the stock provider stores for our keys (checked, not assumed): the state name as the type, a
            // string key (N0 = N1 = 0) in the extension column, its own hashes.
            insertedOurs.Type.Should().Be(StateName);
            insertedOurs.N0.Should().Be(0);
            insertedOurs.N1.Should().Be(0);
            insertedOurs.Extension.Should().Be("key:ours");
            insertedOurs.ServiceId.Should().Be(serviceId);
            insertedOurs.Version.Should().Be(1);

            await Task.Delay(20);
            ours.State = state;
            theirs.State = state;
            var batchesBefore = storage.UpdateBatches;
            await storage.WriteStateAsync(StateName, Id("ours"), ours); // the group-commit writer
            storage.UpdateBatches.Should().Be(batchesBefore + 1);
            await stock.WriteStateAsync(StateName, StockId("theirs"), theirs); // samoocena_write_state
            ours.ETag.Should().Be(theirs.ETag).And.Be("2");
        }

        var updatedOurs = await RowAsync(serviceId, "ours");
        var updatedStock = await RowAsync(serviceId, "theirs");
        updatedOurs.Should().BeEquivalentTo(insertedOurs with
        {
            Payload = new StateJsonSerializer().Serialize(state).ToArray(),
            ModifiedOn = updatedOurs.ModifiedOn,
            Version = 2,
        });
        updatedOurs.ModifiedOn.Should().BeAfter(insertedOurs.ModifiedOn).And.BeCloseTo(DateTime.UtcNow, TimeSpan.FromMinutes(1));
        updatedOurs.Payload.Should().Equal(updatedStock.Payload);
        updatedOurs.Version.Should().Be(updatedStock.Version);
        updatedStock.ModifiedOn.Should().BeAfter(insertedStock.ModifiedOn).And.BeCloseTo(DateTime.UtcNow, TimeSpan.FromMinutes(1));

        await using var fresh = await StartAsync(serviceId);
        var read = await ReadThroughStockAsync(Stock(fresh), "ours");
        var control = await ReadThroughStockAsync(Stock(fresh), "theirs");
        read.ETag.Should().Be("2");
        read.RecordExists.Should().BeTrue();
        read.State.Should().BeEquivalentTo(state);
        control.State.Should().BeEquivalentTo(read.State);
        control.ETag.Should().Be(read.ETag);
    }
}

using Microsoft.Data.Sqlite;
using Orleans.Storage;
using Samoocena.Tests.Infrastructure;
using static Samoocena.Tests.Reliability.GroupCommitProbe;

namespace Samoocena.Tests.Reliability;

/// <summary>
/// SQLite grain storage: the group-commit writer keeps one command per statement text on its connection and binds
/// each write's parameters again. Writes after writes, after a refused (stale) write and after a reopened file must
/// each store exactly their own values, read back through a fresh silo.
/// </summary>
public sealed class SqliteGroupCommitTests
{
    private static Task<GrainState<ProbeState>> ReadAsync(IGrainStorage storage, string key) => GroupCommitProbe.ReadAsync(storage, Id(key));

    [Fact]
    public async Task Repeated_updates_of_many_grains_each_store_their_own_values()
    {
        var path = TestDatabases.NewSqlitePath();
        var states = new Dictionary<string, GrainState<ProbeState>>();
        await using (var silo = await SiloHarness.StartAsync(StorageKind.Sqlite, "gc-sqlite-repeat", path))
        {
            var storage = DefaultStorage(silo);
            for (var g = 0; g < 8; g++)
            {
                var state = New(0, $"g{g}");
                await storage.WriteStateAsync(StateName, Id($"g{g}"), state);
                states[$"g{g}"] = state;
            }
            for (var round = 1; round <= 5; round++)
                await Task.WhenAll(states.Select(async pair =>
                {
                    pair.Value.State!.Value = round * 100 + int.Parse(pair.Key[1..]);
                    pair.Value.State!.Text = $"{pair.Key} round {round}";
                    await storage.WriteStateAsync(StateName, Id(pair.Key), pair.Value);
                }));
            Assert.All(states.Values, s => Assert.Equal("6", s.ETag));
        }

        await using var again = await SiloHarness.StartAsync(StorageKind.Sqlite, "gc-sqlite-repeat", path);
        for (var g = 0; g < 8; g++)
        {
            var read = await ReadAsync(DefaultStorage(again), $"g{g}");
            Assert.Equal(500 + g, read.State!.Value);
            Assert.Equal($"g{g} round 5", read.State!.Text);
            Assert.Equal("6", read.ETag);
        }
    }

    [Fact]
    public async Task A_stale_update_is_refused_and_the_next_update_with_the_same_statement_is_stored()
    {
        var path = TestDatabases.NewSqlitePath();
        await using var silo = await SiloHarness.StartAsync(StorageKind.Sqlite, "gc-sqlite-stale", path);
        var storage = DefaultStorage(silo);
        var current = New(1, "first");
        await storage.WriteStateAsync(StateName, Id("k"), current);
        await storage.WriteStateAsync(StateName, Id("k"), current);
        Assert.Equal("2", current.ETag);

        var stale = New(99, "stale");
        (stale.ETag, stale.RecordExists) = ("1", true);
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, Id("k"), stale));

        current.State!.Value = 3;
        current.State!.Text = "after the refusal";
        await storage.WriteStateAsync(StateName, Id("k"), current);
        var read = await ReadAsync(storage, "k");
        Assert.Equal(3, read.State!.Value);
        Assert.Equal("after the refusal", read.State!.Text);
        Assert.Equal("3", read.ETag);
    }

    [Fact]
    public async Task A_failed_update_fails_only_its_caller_and_the_writer_goes_on_with_the_same_statement()
    {
        var path = TestDatabases.NewSqlitePath();
        await using var silo = await SiloHarness.StartAsync(StorageKind.Sqlite, "gc-sqlite-fail", path);
        var storage = DefaultStorage(silo);
        var ok = New(1, "ok");
        var blocked = New(1, "blocked");
        await storage.WriteStateAsync(StateName, Id("ok"), ok);
        await storage.WriteStateAsync(StateName, Id("blocked"), blocked);

        // A trigger of the test's own makes the UPDATE of one row fail inside SQLite (not a version conflict).
        await using (var connection = new SqliteConnection($"Data Source={path}"))
        {
            await connection.OpenAsync();
            await using var command = connection.CreateCommand();
            command.CommandText = "CREATE TRIGGER refuse_blocked BEFORE UPDATE ON OrleansStorage " +
                "WHEN NEW.GrainIdExtensionString LIKE '%blocked' BEGIN SELECT RAISE(ABORT, 'refused by test'); END";
            await command.ExecuteNonQueryAsync();
        }

        blocked.State!.Value = 2;
        ok.State!.Value = 2;
        var failing = storage.WriteStateAsync(StateName, Id("blocked"), blocked);
        var passing = storage.WriteStateAsync(StateName, Id("ok"), ok);
        var error = await Assert.ThrowsAsync<SqliteException>(() => failing);
        Assert.Contains("refused by test", error.Message);
        await passing;

        ok.State!.Value = 3;
        ok.State!.Text = "again";
        await storage.WriteStateAsync(StateName, Id("ok"), ok);
        var readOk = await ReadAsync(storage, "ok");
        var readBlocked = await ReadAsync(storage, "blocked");
        Assert.Equal((3, "again", "3"), (readOk.State!.Value, readOk.State!.Text, readOk.ETag));
        Assert.Equal((1, "blocked", "1"), (readBlocked.State!.Value, readBlocked.State!.Text, readBlocked.ETag));
    }
}

using System.Reflection;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Samoocena.Silo.Grains.Audit;
using Samoocena.Silo.Storage;

namespace Samoocena.Tests.Upgrade;

/// <summary>
/// The stored JSON of every state type is pinned by the rows the previous release wrote (tests/Fixtures/v1): each
/// row read into its state class and written again keeps every property and value it had. Renaming a property or
/// a class, or changing a type so that a value no longer reads, fails here instead of silently dropping data.
/// </summary>
public sealed class StoredStateJsonTests
{
    [Fact]
    public void Every_grain_state_is_listed_with_its_grain_type_and_state_name()
    {
        var declared = typeof(PersistedStates).Assembly.GetTypes()
            .Where(t => t.GetCustomAttribute<GrainTypeAttribute>() is not null)
            .SelectMany(t => t.GetConstructors().SelectMany(c => c.GetParameters())
                .Where(p => p.GetCustomAttribute<PersistentStateAttribute>() is not null)
                .Select(p => $"{t.GetCustomAttribute<GrainTypeAttribute>()!.GetGrainType(null!, t)}/{p.GetCustomAttribute<PersistentStateAttribute>()!.StateName}:{p.ParameterType.GetGenericArguments()[0].Name}"))
            // Sealed audit pages are written through the storage by their owners, in the rows of the former page grain.
            .Append($"{AuditPages.GrainType}/{AuditPages.StateName}:{nameof(AuditPageState)}")
            .Order(StringComparer.Ordinal);
        PersistedStates.All.Select(s => $"{s.GrainType}/{s.StateName}:{s.StateType.Name}").Order(StringComparer.Ordinal)
            .Should().Equal(declared);
    }

    [Fact]
    public void Every_stored_row_of_the_previous_release_reads_and_writes_back_without_losing_a_value()
    {
        var path = Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N") + ".db");
        File.Copy(Path.Combine(AppContext.BaseDirectory, "Fixtures", "v1", "samoocena-v1.db"), path);
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT GrainTypeString, PayloadJson FROM OrleansStorage";
        using var reader = command.ExecuteReader();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var serializer = new StateJsonSerializer();
        while (reader.Read())
        {
            var type = reader.GetString(0);
            var stored = reader.GetString(1);
            var state = PersistedStates.ByLegacyType(type);
            state.Should().NotBeNull($"'{type}' is a stored state type");
            var value = typeof(StateJsonSerializer).GetMethod(nameof(StateJsonSerializer.Deserialize), [typeof(BinaryData)])!
                .MakeGenericMethod(state!.StateType).Invoke(serializer, [BinaryData.FromString(stored)]);
            var written = (BinaryData)typeof(StateJsonSerializer).GetMethod(nameof(StateJsonSerializer.Serialize))!
                .MakeGenericMethod(state.StateType).Invoke(serializer, [value])!;
            Missing(JsonDocument.Parse(stored).RootElement, JsonDocument.Parse(written.ToString()).RootElement, "$")
                .Should().BeEmpty($"a {state.StateType.Name} read and written again keeps what was stored");
            seen.Add(state.StateType.Name);
        }
        seen.Should().BeEquivalentTo(PersistedStates.All.Select(s => s.StateType.Name).Except(IntroducedAfterFixture).Except(AddedAfterV1),
            "the fixture holds a row of every state type that release had");
    }

    // The serializer leaves null properties out, so the pinned JSON has none.
    /// <summary>States the release of the fixture did not have (rounds came after it); their stored shape is pinned below.</summary>
    private static readonly string[] IntroducedAfterFixture = [nameof(Samoocena.Silo.Grains.Rounds.QuestionnaireRoundsState)];

    [Fact]
    public void Stored_rounds_keep_their_json_names_and_values()
    {
        const string stored = """
            {"schemaVersion":1,"state":{"rounds":[{"id":"1","title":"Runda 1","definitionVersion":1,"closedAt":"2025-06-15T10:00:00+00:00","closedBy":"koordynator","createdAt":"2025-06-01T08:00:00+00:00","demo":false},{"id":"2025","title":"Runda 2025","opensOn":"2025-06-01","closesOn":"2025-06-30","definitionVersion":2,"createdAt":"2025-06-01T08:00:00+00:00","demo":true}]}}
            """;
        var serializer = new StateJsonSerializer();
        var state = serializer.Deserialize<Samoocena.Silo.Grains.Rounds.QuestionnaireRoundsState>(BinaryData.FromString(stored));
        state.Rounds.Select(r => $"{r.Id} {r.OpensOn:yyyy-MM-dd} {r.ClosesOn:yyyy-MM-dd} v{r.DefinitionVersion} {r.ClosedBy} {r.Demo}")
            .Should().Equal("1   v1 koordynator False", "2025 2025-06-01 2025-06-30 v2  True");
        Missing(JsonDocument.Parse(stored).RootElement, JsonDocument.Parse(serializer.Serialize(state).ToString()).RootElement, "$")
            .Should().BeEmpty();
    }

    /// <summary>States the previous release did not have (the security release's), so the v1 fixture cannot hold them.</summary>
    private static readonly string[] AddedAfterV1 = ["UserDirectoryState", "WebSessionState", "AdminAuditState", "DataProtectionKeysState", "CohortDirectoryState", "AwardDirectoryState"];

    /// <summary>Every path of <paramref name="stored"/> whose value is absent or different in <paramref name="written"/>.</summary>
    private static IEnumerable<string> Missing(JsonElement stored, JsonElement written, string path)
    {
        if (stored.ValueKind == JsonValueKind.Object)
        {
            if (written.ValueKind != JsonValueKind.Object) return [path];
            return stored.EnumerateObject().SelectMany(p => written.TryGetProperty(p.Name, out var w)
                ? Missing(p.Value, w, path + "." + p.Name)
                : [path + "." + p.Name]);
        }
        if (stored.ValueKind == JsonValueKind.Array)
        {
            if (written.ValueKind != JsonValueKind.Array || written.GetArrayLength() != stored.GetArrayLength()) return [path];
            return stored.EnumerateArray().Zip(written.EnumerateArray()).SelectMany((p, i) => Missing(p.First, p.Second, $"{path}[{i}]"));
        }
        return stored.GetRawText() == written.GetRawText() ? [] : [$"{path}: {stored.GetRawText()} → {written.GetRawText()}"];
    }
}

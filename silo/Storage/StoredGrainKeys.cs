namespace Samoocena.Silo.Storage;

/// <summary>
/// The keys of every stored state of one grain state type, read straight from the storage table (the directory
/// backfills use it to find grains stored before their directory existed). One query for both databases.
/// </summary>
internal sealed class StoredGrainKeys(StorageSettings settings, StorageDialect dialect)
{
    /// <summary>The grain keys (without the PostgreSQL provider's <c>key:</c> prefix) of the stored states of <paramref name="stateType"/>.</summary>
    public async Task<IReadOnlyList<string>> ListAsync(Type stateType, CancellationToken cancellationToken)
    {
        var state = PersistedStates.All.Single(s => s.StateType == stateType);
        // SQLite keeps "<grain type>/<state name>" and the key; the stock PostgreSQL provider the state name and "key:<key>".
        var type = settings.UsesPostgres ? state.StateName : state.GrainType + "/" + state.StateName;
        var keys = new List<string>();
        await using var connection = await dialect.OpenAsync().ConfigureAwait(false);
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT GrainIdExtensionString FROM OrleansStorage WHERE ServiceId = @s AND GrainTypeString = @t";
        SchemaMigrator.AddParameter(command, "@s", settings.ServiceId);
        SchemaMigrator.AddParameter(command, "@t", type);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            if (reader.IsDBNull(0)) continue;
            var key = reader.GetString(0);
            keys.Add(key.StartsWith(StringKeyGrainStorage.Prefix, StringComparison.Ordinal) ? key[StringKeyGrainStorage.Prefix.Length..] : key);
        }
        return keys;
    }
}

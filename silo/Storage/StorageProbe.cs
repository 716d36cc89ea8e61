namespace Samoocena.Silo.Storage;

/// <summary>Whether the database answers (readiness check): one round trip, no data read.</summary>
public sealed class StorageProbe
{
    private readonly StorageDialect _dialect;

    internal StorageProbe(StorageDialect dialect) => _dialect = dialect;

    public async Task<bool> ReachableAsync(CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await _dialect.OpenAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT 1";
            return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is not null;
        }
        catch (Exception)
        {
            return false;
        }
    }
}

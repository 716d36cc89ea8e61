namespace Orleans.Storage;

/// <summary>A write lost a race: the stored version is not the one the caller read. The API answers 409.</summary>
public sealed class InconsistentStateException(string message, string? storedEtag, string? currentEtag)
    : Exception(message)
{
    public string? StoredEtag { get; } = storedEtag;

    public string? CurrentEtag { get; } = currentEtag;
}

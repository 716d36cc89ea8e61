namespace Samoocena.Silo.Grains.UserDirectory;

/// <summary>Stored logins of the user directory, in ordinal order.</summary>
[GenerateSerializer]
public sealed class UserDirectoryState
{
    [Id(0)] public List<string> Logins { get; set; } = [];
}

namespace Samoocena.Silo.Grains.UserDirectory;

/// <summary>The logins of all users (key <c>all</c>), so admins can list them.</summary>
public interface IUserDirectoryGrain : IGrainWithStringKey
{
    Task AddAsync(string login);

    /// <summary>Every login, in ordinal order.</summary>
    Task<IReadOnlyList<string>> ListAsync();
}

namespace Samoocena.Silo.Grains.Sessions;

/// <summary>
/// One signed-in browser session (key: its random id). The cookie is only valid while this grain says so, so a
/// sign-out on one node ends the session on every node.
/// </summary>
public interface IWebSessionGrain : IGrainWithStringKey
{
    Task StartAsync(string login, DateTimeOffset expiresAt);

    /// <summary>True while the session of <paramref name="login"/> has been started, not ended and not expired.</summary>
    Task<bool> IsActiveAsync(string login);

    /// <summary>Ends the session (its stored row is removed).</summary>
    Task EndAsync();
}

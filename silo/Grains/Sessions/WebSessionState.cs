namespace Samoocena.Silo.Grains.Sessions;

/// <summary>Stored state of a web session: whose it is and until when.</summary>
[GenerateSerializer]
public sealed class WebSessionState
{
    [Id(0)] public string? Login { get; set; }
    [Id(1)] public DateTimeOffset ExpiresAt { get; set; }
}

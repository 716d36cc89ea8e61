namespace Samoocena.Silo.Grains.Rounds;

/// <summary>A round's status on a given day (Europe/Warsaw): before its first day, within its days, after them or closed by hand.</summary>
public static class RoundStatus
{
    public const string Planned = "planned";
    public const string Open = "open";
    public const string Closed = "closed";
}

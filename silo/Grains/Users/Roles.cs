namespace Samoocena.Silo.Grains.Users;

/// <summary>The roles of api.md.</summary>
public static class Roles
{
    public const string Admin = "admin";
    public const string Coordinator = "coordinator";
    public const string Jst = "jst";
    public const string Jury = "jury";

    public static readonly IReadOnlyList<string> All = [Admin, Coordinator, Jst, Jury];
}

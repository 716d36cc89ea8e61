using Samoocena.Silo.Grains.Users;

namespace Samoocena.Api.Auth;

/// <summary>Authorization policy names used by endpoints.</summary>
public static class Policies
{
    public const string Admin = "admin";
    public const string Coordinator = "coordinator";
    public const string Jury = "jury";

    public static void AddSamoocenaPolicies(this Microsoft.AspNetCore.Authorization.AuthorizationOptions options)
    {
        options.AddPolicy(Admin, p => p.RequireRole(Roles.Admin));
        options.AddPolicy(Coordinator, p => p.RequireRole(Roles.Coordinator, Roles.Admin));
        options.AddPolicy(Jury, p => p.RequireRole(Roles.Jury));
        options.FallbackPolicy = new Microsoft.AspNetCore.Authorization.AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build();
    }
}

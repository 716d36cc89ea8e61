using System.Security.Cryptography;
using Samoocena.Api.Hosting;
using Samoocena.Silo.Grains.Users;

namespace Samoocena.Api.Auth;

/// <summary>
/// At start: loads the token signing key, and makes sure user <c>admin</c> exists. With
/// SAMOOCENA_ADMIN_PASSWORD set, admin gets that password; otherwise, when no admin exists yet, a password
/// is generated and printed once to the console (never logged).
/// </summary>
public sealed class AdminBootstrap(IGrainFactory grains, SigningKeyRing keys, SamoocenaSettings settings) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await keys.EnsureGenerationAsync(settings.TokenKeyGeneration);
        var admin = grains.GetGrain<IUserGrain>("admin");
        var existing = await admin.GetAsync();
        if (existing is null)
        {
            var password = settings.AdminPassword ?? GeneratePassword();
            try
            {
                await admin.CreateAsync(new UserAccount("admin", Roles.Admin, null, "Administrator"), password);
                if (settings.AdminPassword is null)
                    Console.WriteLine($"Samoocena: utworzono użytkownika 'admin' z hasłem: {password} (wyświetlane tylko raz).");
            }
            catch (Silo.Grains.Errors.ConflictException)
            {
                // Another node created admin at the same moment.
            }
            catch (Orleans.Storage.InconsistentStateException)
            {
                // Another node created admin at the same moment.
            }
        }
        else if (settings.AdminPassword is not null)
        {
            try
            {
                await admin.SetPasswordAsync(settings.AdminPassword);
            }
            catch (Orleans.Storage.InconsistentStateException)
            {
                // Another node set it at the same moment.
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static string GeneratePassword() =>
        Convert.ToBase64String(RandomNumberGenerator.GetBytes(15)).Replace('+', 'x').Replace('/', 'y');
}

namespace Samoocena.Api.Security;

/// <summary>Rules for every password set from now on (new users, changes); the reason in Polish, or null when it is fine.</summary>
public static class PasswordRules
{
    public const int MinLength = 12;
    public const int MaxLength = 200;

    public static string? Check(string? login, string? password)
    {
        if (string.IsNullOrEmpty(password) || password.Length < MinLength)
            return $"Hasło musi mieć co najmniej {MinLength} znaków.";
        if (password.Length > MaxLength)
            return $"Hasło może mieć najwyżej {MaxLength} znaków.";
        if (login is { Length: > 0 } && string.Equals(password.Trim(), login.Trim(), StringComparison.OrdinalIgnoreCase))
            return "Hasło nie może być takie samo jak login.";
        if (password.All(c => c == password[0]))
            return "Hasło nie może składać się z jednego powtórzonego znaku.";
        return null;
    }

    /// <summary>A random temporary password meeting the rules (an admin reset; the user must change it).</summary>
    public static string Temporary()
    {
        const string alphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        var chars = System.Security.Cryptography.RandomNumberGenerator.GetItems<char>(alphabet, 20);
        return string.Concat(new string(chars, 0, 5), "-", new string(chars, 5, 5), "-", new string(chars, 10, 5), "-", new string(chars, 15, 5));
    }
}

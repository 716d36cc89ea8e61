using System.Globalization;
using Samoocena.Silo.Grains.AdminAudit;
using Samoocena.Silo.Grains.Errors;

namespace Samoocena.Api.Security;

/// <summary>
/// Reads the query of <c>GET /api/audit</c>: <c>type</c> (exact or a family such as <c>user</c>), <c>actor</c>,
/// <c>from</c>/<c>to</c> (ISO date or date-time, inclusive; a bare <c>to</c> date includes that whole day, UTC),
/// <c>page</c> (from 1) and <c>pageSize</c> (1–500, default 50). Bad values are 422 per parameter.
/// </summary>
public static class AdminActionQueries
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 500;

    public static Task<AdminActionPage> RunAsync(IGrainFactory grains, IQueryCollection query)
    {
        var errors = new Dictionary<string, string[]>();
        var from = Instant(query, "from", endOfDay: false, errors);
        var to = Instant(query, "to", endOfDay: true, errors);
        var page = Number(query, "page", 1, 1, int.MaxValue / MaxPageSize, errors);
        var size = Number(query, "pageSize", DefaultPageSize, 1, MaxPageSize, errors);
        if (errors.Count > 0) throw new ValidationException("Niepoprawne parametry zapytania o dziennik działań.", errors);
        string? Text(string name) => query[name].ToString() is { Length: > 0 } v ? v.Trim() : null;
        return grains.GetGrain<IAdminAuditGrain>("all").QueryAsync(
            new AdminActionQuery(Text("type"), Text("actor")?.ToLowerInvariant(), from, to, (page - 1) * size, size));
    }

    private static DateTimeOffset? Instant(IQueryCollection query, string name, bool endOfDay, Dictionary<string, string[]> errors)
    {
        var text = query[name].ToString();
        if (text.Length == 0) return null;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return endOfDay ? start.AddDays(1).AddTicks(-1) : start;
        }
        if (text.Length <= 40 && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
            return instant;
        errors[name] = [$"Parametr '{name}' musi być datą (RRRR-MM-DD) lub datą i czasem ISO 8601."];
        return null;
    }

    private static int Number(IQueryCollection query, string name, int fallback, int min, int max, Dictionary<string, string[]> errors)
    {
        var text = query[name].ToString();
        if (text.Length == 0) return fallback;
        if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value >= min && value <= max) return value;
        errors[name] = [$"Parametr '{name}' musi być liczbą całkowitą od {min} do {max}."];
        return fallback;
    }
}

namespace Samoocena.Silo.Grains.Rounds;

/// <summary>Round dates are days in Poland: "today" is the date in Europe/Warsaw of the injected clock.</summary>
public static class RoundCalendar
{
    public static readonly TimeZoneInfo Warsaw = TimeZoneInfo.FindSystemTimeZoneById("Europe/Warsaw");

    public static DateOnly Today(TimeProvider time) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(time.GetUtcNow(), Warsaw).DateTime);
}

using System.Globalization;

namespace Samoocena.Questionnaires.Statistics;

/// <summary>The one rounding rule of methodology v1.1 §0: a value is compared exactly as it is shown.</summary>
public static class Scores
{
    /// <summary>The method version this build computes and publishes under.</summary>
    public const string MethodVersion = "1.1";

    /// <summary>The method version of a ranking edition stored before versions were recorded.</summary>
    public const string FirstMethodVersion = "1.0";

    /// <summary>Decimals of every shown and compared value.</summary>
    public const int Decimals = 2;

    /// <summary>
    /// The method version and its rule in Polish, for the method sheets of exports: what it covers and what it does not (§0).
    /// </summary>
    public const string RuleInPolish =
        "Metodologia v" + MethodVersion + ", zasada zaokrąglania: wartość porównuje się dokładnie tak, jak jest pokazana – zaokrągloną do 2 miejsc "
        + "po przecinku, połówki od zera, z najkrótszego zapisu dziesiętnego liczby (39,675 → 39,68). Dotyczy wyników (0–100), "
        + "wartości wskaźników, percentyli, z, wyników indeksów i nagród oraz pokrycia wag w procentach (59,995 % liczy się jako 60,00 %): "
        + "na tej wartości oparte są miejsca, remisy (ta sama pokazana wartość = to samo miejsce), pasma, poziomy dojrzałości, progi i kierunek zmian. "
        + "Nie dotyczy odległości sąsiadów ani miejsc w replikach Monte Carlo (porównywane bez zaokrąglenia, remisy według TERYT) "
        + "ani udziałów G1–G5 (niezaokrąglone w JSON i w plikach, na stronach w procentach z 2 miejscami). "
        + "Ilorazy nie są zaokrąglane, zanim wejdą do wzoru; dane wejściowe podano bez zaokrągleń.";

    /// <summary>
    /// The value as a person sees it: the shortest decimal string that round-trips the double (<c>"R"</c>), rounded
    /// to 2 decimals half away from zero in decimal arithmetic. 39.675 → 39.68 although the double is 39.67499…;
    /// 1.175 → 1.18. Every comparison of a shown value (ranks, ties, bands, levels, thresholds, trends) goes
    /// through this, and so does every score or value in JSON, on pages and in exports.
    /// </summary>
    public static double AsShown(double value)
    {
        // NaN and ±∞ stay; from 1e15 on a double has at most one fractional digit and no score or value comes near
        // (the pages' asShown has the same bound, so both sides agree on every number).
        if (!double.IsFinite(value) || Math.Abs(value) >= 1e15) return value;
        var shortest = decimal.Parse(value.ToString("R", CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
        var shown = (double)Math.Round(shortest, Decimals, MidpointRounding.AwayFromZero);
        // Keep −0.004 → 0, not −0, so that JSON and sheets show 0.
        return shown == 0 ? 0 : shown;
    }

    /// <inheritdoc cref="AsShown(double)"/>
    public static double? AsShown(double? value) => value is { } v ? AsShown(v) : null;
}

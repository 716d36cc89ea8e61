using System.Globalization;

namespace Samoocena.Questionnaires.Text;

/// <summary>
/// A count with the Polish noun form people expect: "1 gmina", "3 gminy", "5 gmin", "22 wiersze", "112 wierszy"
/// (CLDR plural rules for Polish: one; few = last digit 2–4 except 12–14; many otherwise).
/// </summary>
public static class PolishCount
{
    public static readonly string[] Gmina = ["gmina", "gminy", "gmin"];
    public static readonly string[] Wiersz = ["wiersz", "wiersze", "wierszy"];
    public static readonly string[] Wartosc = ["wartość", "wartości", "wartości"];

    /// <summary>The noun form for n: forms = [one, few, many].</summary>
    public static string Form(long n, IReadOnlyList<string> forms)
    {
        var a = Math.Abs(n);
        if (a == 1) return forms[0];
        return a % 10 is >= 2 and <= 4 && a % 100 is < 12 or > 14 ? forms[1] : forms[2];
    }

    /// <summary>"5 gmin": the number (invariant digits) and its noun form.</summary>
    public static string Of(long n, IReadOnlyList<string> forms) => $"{n.ToString(CultureInfo.InvariantCulture)} {Form(n, forms)}";
}

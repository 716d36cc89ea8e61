using System.Text.Json;

namespace Samoocena.Tests.Imports;

/// <summary>
/// BDL API v1 <c>data/by-variable</c> files built from the format of issue 20. Unit ids are 12 characters:
/// makroregion, województwo, region, podregion, then powiat, gmina and type (the TERYT's last five).
/// </summary>
public static class BdlFixtures
{
    public const int Variable = 60270;

    /// <summary>A BDL unit id for a 7-digit TERYT-like code: makroregion 01–07, region 1, podregion 00.</summary>
    public static string Id(string code, string makroregion = "01") => makroregion + code[..2] + "100" + code[2..];

    public static object Unit(string id, string name, params object[] values) => new { id, name, values };

    /// <summary>A value; <paramref name="attrId"/> other than 1 flags it (BDL then sends val 0).</summary>
    public static object Value(int year, double val, int attrId = 1) => new { year = year.ToString(System.Globalization.CultureInfo.InvariantCulture), val, attrId };

    public static string Page(IEnumerable<object> results, int page = 0, int variable = Variable, string lastUpdate = "2025-06-30T09:00:00")
    {
        var list = results.ToArray();
        return JsonSerializer.Serialize(new
        {
            totalRecords = 2477, page, pageSize = 100, variableId = variable, measureUnitId = 5, aggregateId = 1, lastUpdate,
            results = list,
        });
    }

    /// <summary>First page: Warszawa (the example id), Bolesławiec with a flagged 2024, a type-4 town part, Nowogrodziec.</summary>
    public static object[] FirstPage() =>
    [
        Unit("071412865011", "Warszawa", Value(2022, 100.5), Value(2023, 112.5), Value(2024, 120)),
        Unit(Id("0201011"), "Bolesławiec - gmina miejska", Value(2022, 10), Value(2023, 11), Value(2024, 0, attrId: 2)),
        Unit(Id("0201044"), "Nowogrodziec - miasto", Value(2022, 1)),
        Unit(Id("0201043"), "Nowogrodziec - gmina miejsko-wiejska", Value(2022, 20), Value(2023, 21), Value(2024, 22)),
    ];

    /// <summary>
    /// Second page: Końskowola under its BDL 2024 code 0614052 (today 0614053), a code unknown to the register,
    /// Osiecznica with a flagged 2023, a powiat; with <paramref name="nameMismatch"/> also Gromadka's code named "Osiecznica".
    /// </summary>
    public static object[] SecondPage(bool nameMismatch = false)
    {
        var units = new List<object>
        {
            Unit(Id("0614052", "03"), "Końskowola - gmina wiejska", Value(2022, 5), Value(2023, 6), Value(2024, 7)),
            Unit(Id("0201092"), "Nieistniejąca", Value(2022, 1)),
            Unit(Id("0201052"), "Osiecznica - gmina wiejska", Value(2022, 3), Value(2023, 0, attrId: 3), Value(2024, 4)),
            Unit(Id("0201000"), "Powiat bolesławiecki", Value(2022, 99)),
        };
        if (nameMismatch) units.Add(Unit(Id("0201032"), "Osiecznica", Value(2022, 8)));
        return units.ToArray();
    }
}

namespace Samoocena.Questionnaires.Imports.Bdl;

/// <summary>
/// BDL's 12-character unit id (<c>MRWWSPPPPGGT</c>-like: makroregion, województwo, region, podregion, powiat,
/// gmina, type) and the TERYT it stands for: characters 3–4 (województwo), 8–9 (powiat), 10–11 (gmina) and
/// 12 (type), so <c>071412865011</c> → <c>1465011</c>.
/// </summary>
public static class BdlUnitId
{
    /// <summary>The TERYT of a gmina-level id (types 1–3), or null with the reason the unit is not a gmina.</summary>
    public static string? Teryt(string id, out string? notGmina)
    {
        notGmina = null;
        if (id.Length != 12 || !id.All(char.IsAsciiDigit))
        {
            notGmina = "identyfikator jednostki BDL powinien mieć 12 cyfr";
            return null;
        }
        var type = id[11];
        notGmina = type switch
        {
            '1' or '2' or '3' when id.AsSpan(9, 2) is not "00" => null,
            '4' => "miasto w gminie miejsko-wiejskiej (typ 4), nie gmina",
            '5' => "obszar wiejski gminy miejsko-wiejskiej (typ 5), nie gmina",
            '8' => "dzielnica (typ 8), nie gmina",
            '9' => "delegatura (typ 9), nie gmina",
            _ => "jednostka innego poziomu niż gmina",
        };
        return notGmina is null ? string.Concat(id.AsSpan(2, 2), id.AsSpan(7, 5)) : null;
    }
}

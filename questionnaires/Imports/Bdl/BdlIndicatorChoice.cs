using System.Globalization;
using Samoocena.Questionnaires.Indicators;

namespace Samoocena.Questionnaires.Imports.Bdl;

/// <summary>
/// Which catalogue indicator a BDL variable is imported into: the one whose <c>bdlVariable</c> lists it, or the
/// one the coordinator names; a name that contradicts the catalogue, or neither, throws <see cref="BdlImportException"/>.
/// </summary>
public static class BdlIndicatorChoice
{
    public static Indicator Resolve(IndicatorCatalog catalog, int variableId, string? requested)
    {
        var variable = variableId.ToString(CultureInfo.InvariantCulture);
        var listed = catalog.Indicators.Where(i => i.BdlVariables.Contains(variableId)).ToArray();
        if (string.IsNullOrWhiteSpace(requested))
        {
            return listed.Length switch
            {
                1 => listed[0],
                0 => throw new BdlImportException("indicatorId",
                    $"Zmienna BDL {variable} nie jest przypisana do żadnego wskaźnika katalogu (pole bdlVariable): wskaż wskaźnik parametrem indicatorId."),
                _ => throw new BdlImportException("indicatorId",
                    $"Zmienna BDL {variable} jest przypisana do kilku wskaźników ({string.Join(", ", listed.Select(i => i.Id))}): wskaż jeden parametrem indicatorId."),
            };
        }
        if (catalog.Find(requested) is not { } chosen)
            throw new BdlImportException("indicatorId",
                $"Nie ma wskaźnika '{(requested.Length > 40 ? requested[..40] + "…" : requested)}' w katalogu (lista: GET /api/indicators).");
        if (listed.Length > 0 && !listed.Contains(chosen))
            throw new BdlImportException("indicatorId",
                $"Zmienna BDL {variable} należy w katalogu do wskaźnika {string.Join(", ", listed.Select(i => i.Id))}, a wybrano {chosen.Id}.");
        if (chosen.BdlVariables.Count > 0 && !chosen.BdlVariables.Contains(variableId))
            throw new BdlImportException("indicatorId",
                $"Wskaźnik {chosen.Id} pochodzi ze zmiennych BDL {string.Join(", ", chosen.BdlVariables)}, a pliki zawierają zmienną {variable}.");
        return chosen;
    }
}

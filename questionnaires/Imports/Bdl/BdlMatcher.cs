using System.Globalization;
using Samoocena.Questionnaires.Registry;

namespace Samoocena.Questionnaires.Imports.Bdl;

/// <summary>
/// Places the units of BDL files on the register's gminas (issue 20): types 4, 5, 8, 9 and other levels are
/// skipped; a derived TERYT absent from the register is matched on its first six digits when exactly one
/// register gmina has them (a gmina whose type changed, e.g. BDL 2024 <c>0614052</c> → <c>0614053</c> Końskowola),
/// else skipped; a name that differs from the register's refuses the row, as does a bad or repeated value.
/// Values with an attribute other than 1 are counted, not imported.
/// </summary>
public static class BdlMatcher
{
    public static BdlMatch Match(IReadOnlyList<BdlFile> files, MunicipalityRegistry registry, int firstYear, int lastYear)
    {
        if (files.Count == 0) throw new BdlImportException("files", "Nie przesłano żadnego pliku BDL.");
        var variables = files.Select(f => f.VariableId).Distinct().ToArray();
        if (variables.Length > 1)
            throw new BdlImportException("files", "Pliki dotyczą różnych zmiennych BDL: " +
                string.Join(", ", files.Select(f => $"{f.VariableId.ToString(CultureInfo.InvariantCulture)} („{f.Name}”)")) +
                ". Wczytaj każdą zmienną osobno.");
        if (files.All(f => f.Units.Count == 0))
            throw new BdlImportException("files", "Pliki nie zawierają żadnej jednostki (tablica results jest pusta).");

        var bySix = registry.All.ToLookup(u => u.Teryt[..6], StringComparer.Ordinal);
        var values = new List<BdlMatchedValue>();
        var rejected = new List<BdlRejectedRow>();
        var skipped = new List<BdlSkippedUnit>();
        var flagged = new SortedDictionary<int, int>();
        var matched = new HashSet<string>(StringComparer.Ordinal);
        var seen = new Dictionary<(string Teryt, int Year), (string File, int Index)>();
        var reasons = new List<string>();
        foreach (var file in files)
        foreach (var unit in file.Units)
        {
            if (unit.Id is null)
            {
                rejected.Add(new BdlRejectedRow(file.Name, unit.Index, "element results bez identyfikatora jednostki (pole id)"));
                continue;
            }
            var derived = BdlUnitId.Teryt(unit.Id, out var notGmina);
            if (derived is null)
            {
                skipped.Add(new BdlSkippedUnit(unit.Id, unit.Name ?? "", notGmina!));
                continue;
            }
            if (!registry.TryGet(derived, out var gmina))
            {
                var candidates = bySix[derived[..6]].ToArray();
                if (candidates.Length != 1)
                {
                    skipped.Add(new BdlSkippedUnit(unit.Id, unit.Name ?? "", candidates.Length == 0
                        ? $"brak gminy o kodzie TERYT {derived} w rejestrze gmin 2025"
                        : $"brak gminy o kodzie TERYT {derived} w rejestrze gmin 2025, a pierwsze sześć cyfr ma kilka gmin"));
                    continue;
                }
                gmina = candidates[0];
            }
            reasons.Clear();
            if (unit.Name is null) reasons.Add($"brak nazwy jednostki (gmina {gmina.Teryt} {gmina.Name} w rejestrze)");
            else if (!BdlNames.Same(unit.Name, gmina.Name))
                reasons.Add($"nazwa w BDL „{unit.Name}” nie zgadza się z nazwą gminy {gmina.Teryt} w rejestrze „{gmina.Name}”");
            if (unit.Values is null) reasons.Add("brak tablicy values");
            var rowValues = new List<BdlMatchedValue>();
            var rowFlags = new List<int>();
            var rowYears = new HashSet<int>();
            foreach (var v in unit.Values ?? [])
            {
                if (!int.TryParse(v.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < firstYear || year > lastYear)
                {
                    reasons.Add($"nieprawidłowy rok '{Shown(v.Year)}' (dozwolone {firstYear}–{lastYear})");
                    continue;
                }
                if (!rowYears.Add(year))
                {
                    reasons.Add($"rok {year} występuje w values więcej niż raz");
                    continue;
                }
                if (v.AttrId is not { } attr)
                {
                    reasons.Add($"brak atrybutu (attrId) wartości za rok {year}");
                    continue;
                }
                if (attr != 1)
                {
                    rowFlags.Add(attr);
                    continue;
                }
                if (v.Val is not { } value)
                {
                    reasons.Add($"brak wartości liczbowej (val) za rok {year} przy attrId 1");
                    continue;
                }
                if (seen.TryGetValue((gmina.Teryt, year), out var first))
                {
                    reasons.Add($"wartość gminy {gmina.Teryt} za rok {year} jest już w pliku „{first.File}”, pozycja {first.Index}");
                    continue;
                }
                rowValues.Add(new BdlMatchedValue(gmina.Teryt, year, value, file.Name, unit.Index));
            }
            if (reasons.Count > 0)
            {
                rejected.Add(new BdlRejectedRow(file.Name, unit.Index, string.Join("; ", reasons)));
                continue;
            }
            matched.Add(gmina.Teryt);
            foreach (var attr in rowFlags) flagged[attr] = flagged.GetValueOrDefault(attr) + 1;
            foreach (var v in rowValues) seen[(v.Teryt, v.Year)] = (v.File, v.Index);
            values.AddRange(rowValues);
        }
        var lastUpdate = files.Select(f => f.LastUpdate).Where(u => u is not null).Max(StringComparer.Ordinal);
        return new BdlMatch(variables[0], lastUpdate, values.Select(v => v.Year).Distinct().Order().ToArray(), matched.Count,
            values, rejected, flagged, skipped);
    }

    private static string Shown(string? text) => text is null ? "" : text.Length > 20 ? text[..20] + "…" : text;
}

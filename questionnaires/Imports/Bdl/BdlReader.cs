using System.Globalization;
using System.Text.Json;

namespace Samoocena.Questionnaires.Imports.Bdl;

/// <summary>
/// Reads one uploaded BDL file: a page object <c>{variableId, lastUpdate, results: [...]}</c>, or a JSON array
/// of such pages (their results are numbered on, as if concatenated). Problems of the whole file throw
/// <see cref="BdlImportException"/>; problems of single results are left to <see cref="BdlMatcher"/>.
/// </summary>
public static class BdlReader
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 16 };

    public static BdlFile Read(Stream stream, string fileName, int maxUnits = int.MaxValue)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(stream, Options);
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line ? $" (wiersz {line + 1})" : "";
            throw Problem(fileName, $"nie jest poprawnym plikiem JSON{where}. Oczekiwano odpowiedzi API BDL data/by-variable.");
        }
        using (document)
        {
            var root = document.RootElement;
            var pages = root.ValueKind switch
            {
                JsonValueKind.Object => [root],
                JsonValueKind.Array => root.EnumerateArray().ToArray(),
                _ => throw Problem(fileName, "nie zawiera obiektu z polami variableId i results (odpowiedzi API BDL data/by-variable)."),
            };
            if (pages.Length == 0) throw Problem(fileName, "jest pustą tablicą: brak stron z wynikami.");
            int? variable = null;
            string? lastUpdate = null;
            var units = new List<BdlUnit>();
            foreach (var page in pages)
            {
                if (page.ValueKind != JsonValueKind.Object)
                    throw Problem(fileName, "zawiera tablicę, której elementy nie są stronami odpowiedzi API BDL.");
                if (!page.TryGetProperty("variableId", out var v) || v.ValueKind != JsonValueKind.Number || !v.TryGetInt32(out var id) || id <= 0)
                    throw Problem(fileName, "nie ma pola variableId (dodatniej liczby całkowitej): to nie jest odpowiedź API BDL data/by-variable.");
                if (variable is { } earlier && earlier != id)
                    throw Problem(fileName, $"zawiera strony różnych zmiennych BDL ({earlier} i {id}).");
                variable = id;
                if (page.TryGetProperty("lastUpdate", out var u) && u.ValueKind == JsonValueKind.String
                    && string.CompareOrdinal(u.GetString(), lastUpdate) > 0)
                    lastUpdate = u.GetString();
                if (!page.TryGetProperty("results", out var results) || results.ValueKind != JsonValueKind.Array)
                    throw Problem(fileName, "nie ma tablicy results.");
                foreach (var r in results.EnumerateArray())
                {
                    if (units.Count == maxUnits)
                        throw new BdlImportException("files", $"Plik „{fileName}” zawiera więcej niż {maxUnits.ToString(CultureInfo.InvariantCulture)} jednostek; podziel dane na mniejsze pliki.", tooLarge: true);
                    units.Add(Unit(units.Count + 1, r));
                }
            }
            return new BdlFile(fileName, variable!.Value, lastUpdate, units);
        }
    }

    private static BdlUnit Unit(int index, JsonElement r)
    {
        if (r.ValueKind != JsonValueKind.Object) return new BdlUnit(index, null, null, null);
        var id = Text(r, "id");
        var name = Text(r, "name");
        List<BdlValue>? values = null;
        if (r.TryGetProperty("values", out var vs) && vs.ValueKind == JsonValueKind.Array)
        {
            values = [];
            foreach (var v in vs.EnumerateArray())
            {
                if (v.ValueKind != JsonValueKind.Object) { values.Add(new BdlValue(null, null, null)); continue; }
                var year = v.TryGetProperty("year", out var y) ? y.ValueKind switch
                {
                    JsonValueKind.String => y.GetString(),
                    JsonValueKind.Number => y.GetRawText(),
                    _ => null,
                } : null;
                double? val = v.TryGetProperty("val", out var x) && x.ValueKind == JsonValueKind.Number && x.TryGetDouble(out var d) && double.IsFinite(d) ? d : null;
                int? attr = v.TryGetProperty("attrId", out var a) && a.ValueKind == JsonValueKind.Number && a.TryGetInt32(out var ai) ? ai : null;
                values.Add(new BdlValue(year, val, attr));
            }
        }
        return new BdlUnit(index, id, name, values);
    }

    private static string? Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var p) && p.ValueKind == JsonValueKind.String ? p.GetString() : null;

    private static BdlImportException Problem(string fileName, string what) => new("files", $"Plik „{fileName}” {what}");
}

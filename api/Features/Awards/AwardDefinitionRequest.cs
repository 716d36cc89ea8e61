using System.Text.Json;
using Samoocena.Questionnaires.Awards;
using Samoocena.Questionnaires.Registry;
using Samoocena.Api.Problems;

namespace Samoocena.Api.Features.Awards;

/// <summary>
/// The body of <c>PUT /api/awards/{awardId}</c>, read field by field from JSON so every problem is reported
/// under its own field name (<c>nominees[2].teryt</c>) instead of one opaque binding error. Categories may be
/// strings or <c>{id, title}</c> objects; criteria <c>{id, weight, name?}</c>; jurors logins (or <c>{login}</c>).
/// </summary>
public sealed record AwardDefinitionRequest(
    string Title,
    IReadOnlyList<AwardCategory> Categories,
    IReadOnlyList<AwardCriterion> Criteria,
    IReadOnlyList<AwardNominee> Nominees,
    IReadOnlyList<string?> Jurors)
{
    public const int MaxIdLength = 64, MaxTextLength = 300, MaxItems = 2000;

    /// <summary>
    /// Reads the body, adding Polish messages per field to <paramref name="errors"/>. Every field is checked even when
    /// another is wrong, so one answer lists every problem; the result is meaningful only when no error was added.
    /// <see cref="Jurors"/> keeps the request's positions (null where an element was unreadable) for messages on <c>jurors[i]</c>.
    /// </summary>
    public static AwardDefinitionRequest Parse(JsonElement body, MunicipalityRegistry registry, Dictionary<string, string[]> errors)
    {
        if (body.ValueKind != JsonValueKind.Object)
        {
            errors["body"] = ["Treść żądania musi być obiektem JSON {title, categories, criteria, nominees, jurors}."];
            return new AwardDefinitionRequest("", [], [], [], []);
        }
        var title = Text(body, "title", "title", errors, required: true);
        var categories = Items(body, "categories", errors, (e, f) => Category(e, f, errors));
        var criteria = Items(body, "criteria", errors, (e, f) => Criterion(e, f, errors));
        var known = categories.OfType<AwardCategory>().Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        // Without readable categories every nominee's category would be reported too: the categories' own error says it.
        var nominees = Items(body, "nominees", errors, (e, f) => Nominee(e, f, known.Count > 0 ? known : null, registry, errors));
        var jurors = Items(body, "jurors", errors, (e, f) => Juror(e, f, errors));
        Unique(categories, c => c.Id, "categories", "Kategoria", errors);
        Unique(criteria, c => c.Id, "criteria", "Kryterium", errors);
        Unique(nominees, n => n.Id, "nominees", "Nominacja", errors);
        Unique(jurors, j => j, "jurors", "Juror", errors, suffix: "");
        return new AwardDefinitionRequest(title ?? "", categories.OfType<AwardCategory>().ToArray(), criteria.OfType<AwardCriterion>().ToArray(),
            nominees.OfType<AwardNominee>().ToArray(), jurors);
    }

    /// <summary>The array's elements in order, null where an element was wrong (its message is in errors).</summary>
    private static List<T?> Items<T>(JsonElement body, string field, Dictionary<string, string[]> errors, Func<JsonElement, string, T?> read)
        where T : class
    {
        if (!body.TryGetProperty(field, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            errors[field] = [$"Pole {field} jest wymagane i musi być tablicą."];
            return [];
        }
        var count = array.GetArrayLength();
        if (count == 0 || count > MaxItems)
        {
            errors[field] = [$"Pole {field} musi mieć od 1 do {MaxItems} elementów, ma {count}."];
            return [];
        }
        var items = new List<T?>(count);
        var i = 0;
        foreach (var element in array.EnumerateArray())
            items.Add(read(element, $"{field}[{i++}]"));
        return items;
    }

    private static AwardCategory? Category(JsonElement e, string field, Dictionary<string, string[]> errors)
    {
        if (e.ValueKind == JsonValueKind.String)
            return Id(StringOf(e), field, errors) is { } id ? new AwardCategory(id, id) : null;
        if (!IsObject(e, field, "kategoria: tekst albo obiekt {id, title}", errors)) return null;
        var catId = Id(e.TryGetProperty("id", out var v) ? StringOf(v) : null, $"{field}.id", errors);
        var name = e.TryGetProperty("title", out _) ? Text(e, "title", $"{field}.title", errors, required: false)
            : Text(e, "name", $"{field}.name", errors, required: false);
        return catId is null ? null : new AwardCategory(catId, name ?? catId);
    }

    private static AwardCriterion? Criterion(JsonElement e, string field, Dictionary<string, string[]> errors)
    {
        if (!IsObject(e, field, "kryterium: obiekt {id, weight}", errors)) return null;
        var id = Id(e.TryGetProperty("id", out var v) ? StringOf(v) : null, $"{field}.id", errors);
        var name = Text(e, "name", $"{field}.name", errors, required: false);
        double? weight = null;
        if (!e.TryGetProperty("weight", out var w) || w.ValueKind != JsonValueKind.Number || !w.TryGetDouble(out var wv) || !double.IsFinite(wv))
            errors[$"{field}.weight"] = ["Waga kryterium jest wymagana i musi być liczbą."];
        else if (!(wv > 0))
            errors[$"{field}.weight"] = [$"Waga kryterium musi być dodatnia, jest {wv.ToString(System.Globalization.CultureInfo.InvariantCulture)}."];
        else weight = wv;
        return id is null || weight is null ? null : new AwardCriterion(id, name ?? id, weight.Value);
    }

    private static AwardNominee? Nominee(JsonElement e, string field, HashSet<string>? categories, MunicipalityRegistry registry,
        Dictionary<string, string[]> errors)
    {
        if (!IsObject(e, field, "nominacja: obiekt {id, category, teryt?, name}", errors)) return null;
        var id = Id(e.TryGetProperty("id", out var v) ? StringOf(v) : null, $"{field}.id", errors);
        var name = Text(e, "name", $"{field}.name", errors, required: true);
        var category = Text(e, "category", $"{field}.category", errors, required: true);
        if (category is not null && categories is not null && !categories.Contains(category))
        {
            errors[$"{field}.category"] = [$"Nieznana kategoria '{category}'. Kategorie tej nagrody: {string.Join(", ", categories.Order(StringComparer.Ordinal))}."];
            category = null;
        }
        string? teryt = null;
        var terytOk = true;
        if (e.TryGetProperty("teryt", out var t) && t.ValueKind != JsonValueKind.Null)
        {
            teryt = StringOf(t);
            if (teryt is null || !registry.Contains(teryt))
            {
                errors[$"{field}.teryt"] = [teryt is null ? "Kod TERYT musi być tekstem (7 cyfr)." : $"Nieznany kod TERYT gminy '{Short(teryt)}'."];
                terytOk = false;
            }
        }
        return id is null || name is null || category is null || !terytOk ? null : new AwardNominee(id, category, teryt, name);
    }

    private static string? Juror(JsonElement e, string field, Dictionary<string, string[]> errors)
    {
        var login = e.ValueKind switch
        {
            JsonValueKind.String => StringOf(e),
            JsonValueKind.Object when e.TryGetProperty("login", out var l) && l.ValueKind == JsonValueKind.String => StringOf(l),
            _ => null,
        };
        if (string.IsNullOrWhiteSpace(login) || login.Length > MaxIdLength)
        {
            errors[field] = ["Juror to login użytkownika z rolą jury (tekst do 64 znaków)."];
            return null;
        }
        return login.Trim().ToLowerInvariant();
    }

    private static bool IsObject(JsonElement e, string field, string what, Dictionary<string, string[]> errors)
    {
        if (e.ValueKind == JsonValueKind.Object) return true;
        errors[field] = [$"Niepoprawny element: oczekiwano {what}."];
        return false;
    }

    private static string? Id(string? id, string field, Dictionary<string, string[]> errors)
    {
        if (id is not null && id.Length is > 0 and <= MaxIdLength && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.'))
            return id;
        errors[field] = [$"Identyfikator musi mieć 1–{MaxIdLength} znaków: litery łacińskie, cyfry, myślnik, podkreślnik lub kropka" +
            (id is null ? "." : $"; jest '{Short(id)}'.")];
        return null;
    }

    private static string? Text(JsonElement e, string property, string field, Dictionary<string, string[]> errors, bool required)
    {
        if (!e.TryGetProperty(property, out var v) || v.ValueKind == JsonValueKind.Null)
        {
            if (required) errors[field] = [$"Pole {field} jest wymagane."];
            return null;
        }
        var s = StringOf(v)?.Trim();
        if (s is null || s.Length is 0 or > MaxTextLength)
        {
            errors[field] = [$"Pole {field} musi być niepustym tekstem do {MaxTextLength} znaków."];
            return null;
        }
        return s;
    }

    private static void Unique<T>(List<T?> items, Func<T, string> id, string field, string what, Dictionary<string, string[]> errors,
        string suffix = ".id") where T : class
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
            if (items[i] is { } item && !seen.Add(id(item)))
                errors[$"{field}[{i}]{suffix}"] = [$"{what} '{id(item)}' występuje więcej niż raz."];
    }

    /// <summary>The string value, or null for a non-string or text that is not valid UTF-16 (a lone surrogate escape).</summary>
    private static string? StringOf(JsonElement e)
    {
        if (e.ValueKind != JsonValueKind.String) return null;
        try
        {
            return e.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    private static string Short(string s) => ProblemResponses.Echo(s, 20);
}

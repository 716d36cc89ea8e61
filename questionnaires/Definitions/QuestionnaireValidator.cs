namespace Samoocena.Questionnaires.Definitions;

/// <summary>
/// Checks a definition before it is used and returns every problem at once (in Polish, each naming
/// the element and the offending value), so an author fixes a file in one pass.
/// </summary>
public static class QuestionnaireValidator
{
    public static IReadOnlyList<string> Validate(QuestionnaireDefinition definition)
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(definition.Id)) errors.Add("Kwestionariusz nie ma identyfikatora (id).");
        if (definition.Version < 1) errors.Add($"Wersja kwestionariusza musi być liczbą całkowitą ≥ 1, jest {definition.Version}.");
        if (string.IsNullOrWhiteSpace(definition.Title)) errors.Add("Kwestionariusz nie ma tytułu (title).");
        if (definition.Areas is not { Count: > 0 }) errors.Add("Kwestionariusz nie ma żadnego obszaru (areas).");

        // Areas, themes and questions share one id space: answers, scores and the action plan refer to them by id alone.
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var areas = definition.Areas ?? [];
        for (var a = 0; a < areas.Count; a++)
        {
            var area = areas[a];
            if (area is null) { errors.Add($"Obszar areas[{a}] jest pusty (null)."); continue; }
            var where = Name("Obszar", area.Id, $"areas[{a}]");
            CheckCommon(errors, seen, where, area.Id, area.Title, area.Weight);
            if (area.Themes is not { Count: > 0 }) errors.Add($"{where}: brak tematów (themes).");
            var themes = area.Themes ?? [];
            for (var t = 0; t < themes.Count; t++)
            {
                var theme = themes[t];
                if (theme is null) { errors.Add($"Temat areas[{a}].themes[{t}] jest pusty (null)."); continue; }
                var themeWhere = Name("Temat", theme.Id, $"areas[{a}].themes[{t}]");
                CheckCommon(errors, seen, themeWhere, theme.Id, theme.Title, theme.Weight);
                if (theme.Questions is not { Count: > 0 }) errors.Add($"{themeWhere}: brak pytań (questions).");
                var questions = theme.Questions ?? [];
                for (var q = 0; q < questions.Count; q++)
                {
                    var question = questions[q];
                    if (question is null) { errors.Add($"Pytanie areas[{a}].themes[{t}].questions[{q}] jest puste (null)."); continue; }
                    CheckQuestion(errors, seen, question, Name("Pytanie", question.Id, $"areas[{a}].themes[{t}].questions[{q}]"));
                }
            }
        }
        return errors;
    }

    private static string Name(string what, string? id, string path) =>
        string.IsNullOrWhiteSpace(id) ? $"{what} {path}" : $"{what} {id}";

    private static void CheckCommon(List<string> errors, HashSet<string> seen, string where, string? id, string? title, double weight)
    {
        if (string.IsNullOrWhiteSpace(id)) errors.Add($"{where}: brak identyfikatora (id).");
        else if (!seen.Add(id)) errors.Add($"{where}: identyfikator „{id}” występuje w pliku więcej niż raz.");
        if (string.IsNullOrWhiteSpace(title)) errors.Add($"{where}: brak tytułu (title).");
        if (!(weight > 0) || double.IsInfinity(weight)) errors.Add($"{where}: waga musi być liczbą dodatnią, jest {weight}.");
    }

    private static void CheckQuestion(List<string> errors, HashSet<string> seen, Question question, string where)
    {
        if (string.IsNullOrWhiteSpace(question.Id)) errors.Add($"{where}: brak identyfikatora (id).");
        else if (!seen.Add(question.Id)) errors.Add($"{where}: identyfikator „{question.Id}” występuje w pliku więcej niż raz.");
        if (string.IsNullOrWhiteSpace(question.Text)) errors.Add($"{where}: brak treści pytania (text).");
        if (!(question.Weight > 0) || double.IsInfinity(question.Weight))
            errors.Add($"{where}: waga musi być liczbą dodatnią, jest {question.Weight}.");

        if (question.Kind == QuestionKind.Unknown)
            errors.Add($"{where}: nieznany rodzaj pytania (kind); dozwolone: scale, yesno, number, choice, text.");
        if (question.Kind == QuestionKind.Scale) CheckLevels(errors, question.Levels, where);
        else if (question.Levels is not null) errors.Add($"{where}: poziomy (levels) ma tylko pytanie rodzaju scale.");

        if (question.Kind == QuestionKind.Choice) CheckOptions(errors, question.Options, where);
        else if (question.Options is not null) errors.Add($"{where}: opcje (options) ma tylko pytanie rodzaju choice.");

        if (question.Kind == QuestionKind.Number)
        {
            if (question.Min is { } min && question.Max is { } max && min > max)
                errors.Add($"{where}: minimum {min} jest większe od maksimum {max}.");
            if (question.Bands is not null) CheckBands(errors, question.Bands, where);
        }
        else if (question.Min is not null || question.Max is not null || question.Bands is not null)
            errors.Add($"{where}: min, max i przedziały (bands) ma tylko pytanie rodzaju number.");
    }

    private static void CheckLevels(List<string> errors, IReadOnlyList<ScaleLevel>? levels, string where)
    {
        if (levels is null || levels.Count != 5)
        {
            errors.Add($"{where}: pytanie rodzaju scale musi mieć dokładnie 5 poziomów (0–4), ma {levels?.Count ?? 0}.");
            if (levels is null) return;
        }
        var present = new bool[5];
        foreach (var level in levels)
        {
            if (level is null) { errors.Add($"{where}: pusty poziom (null)."); continue; }
            if (level.Value is < 0 or > 4)
            {
                errors.Add($"{where}: poziom {level.Value} jest poza skalą 0–4.");
                continue;
            }
            if (present[level.Value]) errors.Add($"{where}: poziom {level.Value} występuje więcej niż raz.");
            present[level.Value] = true;
            if (string.IsNullOrWhiteSpace(level.Label)) errors.Add($"{where}: poziom {level.Value} nie ma nazwy (label).");
            if (string.IsNullOrWhiteSpace(level.Statement)) errors.Add($"{where}: poziom {level.Value} nie ma opisu praktyki (statement).");
        }
        for (var v = 0; v < 5; v++)
            if (!present[v] && levels.Count == 5) errors.Add($"{where}: brak poziomu {v}.");
    }

    private static void CheckOptions(List<string> errors, IReadOnlyList<ChoiceOption>? options, string where)
    {
        if (options is not { Count: > 0 })
        {
            errors.Add($"{where}: pytanie rodzaju choice musi mieć opcje (options).");
            return;
        }
        var values = new HashSet<string>(StringComparer.Ordinal);
        var withLevel = 0;
        foreach (var option in options)
        {
            if (option is null) { errors.Add($"{where}: pusta opcja (null)."); continue; }
            if (string.IsNullOrWhiteSpace(option.Value)) errors.Add($"{where}: opcja bez wartości (value).");
            else if (!values.Add(option.Value)) errors.Add($"{where}: opcja „{option.Value}” występuje więcej niż raz.");
            else if (option.Value == Scoring.Answer.NotApplicableWord)
                errors.Add($"{where}: wartość opcji „{option.Value}” jest zarezerwowana dla odpowiedzi „nie dotyczy”.");
            if (string.IsNullOrWhiteSpace(option.Label)) errors.Add($"{where}: opcja „{option.Value}” nie ma nazwy (label).");
            if (option.Level is { } level)
            {
                withLevel++;
                if (level is < 0 or > 4) errors.Add($"{where}: opcja „{option.Value}” ma poziom {level} spoza skali 0–4.");
            }
        }
        // Half-mapped options would score some answers and silently drop others.
        if (withLevel > 0 && withLevel < options.Count)
            errors.Add($"{where}: poziom (level) trzeba podać przy każdej opcji albo przy żadnej.");
    }

    private static void CheckBands(List<string> errors, IReadOnlyList<NumberBand> bands, string where)
    {
        if (bands.Count == 0) errors.Add($"{where}: lista przedziałów (bands) jest pusta.");
        for (var i = 0; i < bands.Count; i++)
        {
            if (bands[i] is null || (i > 0 && bands[i - 1] is null)) { errors.Add($"{where}: pusty przedział (null)."); continue; }
            if (bands[i].Level is < 0 or > 4) errors.Add($"{where}: przedział od {bands[i].From} ma poziom {bands[i].Level} spoza skali 0–4.");
            if (i > 0 && !(bands[i].From > bands[i - 1].From))
                errors.Add($"{where}: przedziały (bands) muszą być uporządkowane rosnąco według „from”.");
        }
    }
}

namespace Samoocena.Silo.Grains.Assessments;

/// <summary>The key of an <see cref="IAssessmentGrain"/>: <c>&lt;questionnaireId&gt;/&lt;teryt&gt;</c>.</summary>
public readonly record struct AssessmentKey(string QuestionnaireId, string Teryt)
{
    public override string ToString() => $"{QuestionnaireId}/{Teryt}";

    public static AssessmentKey Parse(string key)
    {
        var slash = key.LastIndexOf('/');
        if (slash <= 0 || slash == key.Length - 1)
            throw new ArgumentException($"Klucz oceny '{key}' nie ma postaci <kwestionariusz>/<TERYT>.", nameof(key));
        return new AssessmentKey(key[..slash], key[(slash + 1)..]);
    }
}

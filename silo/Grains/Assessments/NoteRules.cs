namespace Samoocena.Silo.Grains.Assessments;

/// <summary>Rules of a member's note to a question (evidence kept with the answer).</summary>
public static class NoteRules
{
    /// <summary>Longest accepted note, in characters.</summary>
    public const int MaxLength = 2000;

    /// <summary>The field a refused note is reported under: <c>notes.&lt;questionId&gt;</c>.</summary>
    public static string Field(string questionId) => $"notes.{questionId}";

    public static string TooLong(string questionId, int length) =>
        $"Notatka do pytania {questionId} ma {length} znaków; dozwolone jest najwyżej {MaxLength}.";

    public static string UnknownQuestion(string questionId) =>
        $"Nie ma pytania {questionId} w tej wersji kwestionariusza, więc nie można zapisać do niego notatki.";
}

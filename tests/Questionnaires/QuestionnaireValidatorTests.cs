using Samoocena.Questionnaires.Definitions;

namespace Samoocena.Tests.Questionnaires;

public sealed class QuestionnaireValidatorTests
{
    private const string Levels = """
        [{"value":0,"label":"Brak","statement":"a"},{"value":1,"label":"Początkowy","statement":"b"},
         {"value":2,"label":"Zdefiniowany","statement":"c"},{"value":3,"label":"Wdrożony i monitorowany","statement":"d"},
         {"value":4,"label":"Doskonalony","statement":"e"}]
        """;

    private static string File(string questions) => $$"""
        {"type":"questionnaire","id":"q","version":1,"title":"Test",
         "areas":[{"id":"A","title":"Obszar","themes":[{"id":"T1","title":"Temat","questions":[{{questions}}]}]}]}
        """;

    [Fact]
    public void Valid_file_loads_with_default_weights_and_flags()
    {
        var definition = QuestionnaireReader.Read(File($$"""{"id":"T1.1","text":"Pytanie","kind":"scale","levels":{{Levels}}}"""), "q.json")!;

        var question = definition.Areas[0].Themes[0].Questions[0];
        question.Weight.Should().Be(1);
        question.Required.Should().BeTrue();
        question.AllowNotApplicable.Should().BeFalse();
        definition.Areas[0].Weight.Should().Be(1);
        definition.Areas[0].Themes[0].Weight.Should().Be(1);
    }

    [Fact]
    public void File_of_another_type_is_not_a_questionnaire()
    {
        QuestionnaireReader.Read("""{"type":"indicators","id":"smup","indicators":[]}""", "smup.json").Should().BeNull();
        QuestionnaireReader.Read("""[1, 2]""", "list.json").Should().BeNull();
    }

    [Fact]
    public void Loading_an_invalid_file_throws_with_every_problem()
    {
        var json = File($$"""
            {"id":"T1.1","text":"","kind":"scale","levels":[{"value":0,"label":"Brak","statement":"a"},{"value":5,"label":"X","statement":"b"}]},
            {"id":"T1","text":"Powtórzony identyfikator tematu","kind":"yesno","weight":0},
            {"id":"T1.3","text":"Nieznany rodzaj","kind":"slider"},
            {"id":"T1.4","text":"Wybór bez opcji","kind":"choice"},
            {"id":"T1.5","text":"Poziomy w pytaniu tak/nie","kind":"yesno","levels":{{Levels}}},
            {"id":"T1.6","text":"Pusty opis poziomu","kind":"scale","levels":[{"value":0,"label":"Brak","statement":"a"},{"value":1,"label":"Początkowy","statement":" "},
              {"value":2,"label":"Zdefiniowany","statement":"c"},{"value":3,"label":"","statement":"d"},{"value":4,"label":"Doskonalony","statement":"e"}]},
            {"id":"T1.7","text":"Połowa opcji z poziomem","kind":"choice","options":[{"value":"a","label":"A","level":1},{"value":"b","label":"B"}]}
            """);

        var act = () => QuestionnaireReader.Read(json, "q.json");

        act.Should().Throw<InvalidQuestionnaireException>().Which.Errors.Should().Equal(
            "Pytanie T1.1: brak treści pytania (text).",
            "Pytanie T1.1: pytanie rodzaju scale musi mieć dokładnie 5 poziomów (0–4), ma 2.",
            "Pytanie T1.1: poziom 5 jest poza skalą 0–4.",
            "Pytanie T1: identyfikator „T1” występuje w pliku więcej niż raz.",
            "Pytanie T1: waga musi być liczbą dodatnią, jest 0.",
            "Pytanie T1.3: nieznany rodzaj pytania (kind); dozwolone: scale, yesno, number, choice, text.",
            "Pytanie T1.4: pytanie rodzaju choice musi mieć opcje (options).",
            "Pytanie T1.5: poziomy (levels) ma tylko pytanie rodzaju scale.",
            "Pytanie T1.6: poziom 1 nie ma opisu praktyki (statement).",
            "Pytanie T1.6: poziom 3 nie ma nazwy (label).",
            "Pytanie T1.7: poziom (level) trzeba podać przy każdej opcji albo przy żadnej.");
    }

    [Fact]
    public void Missing_levels_and_structure_errors_are_reported_together()
    {
        var json = """
            {"type":"questionnaire","id":"","version":0,"title":"",
             "areas":[{"id":"A","title":"Obszar","weight":-1,"themes":[]},
                      {"id":"A","title":"Drugi","themes":[{"id":"T","title":"","questions":[{"id":"T.1","text":"Skala","kind":"scale"}]}]}]}
            """;

        var act = () => QuestionnaireReader.Read(json, "bad.json");

        act.Should().Throw<InvalidQuestionnaireException>().Which.Errors.Should().Equal(
            "Kwestionariusz nie ma identyfikatora (id).",
            "Wersja kwestionariusza musi być liczbą całkowitą ≥ 1, jest 0.",
            "Kwestionariusz nie ma tytułu (title).",
            "Obszar A: waga musi być liczbą dodatnią, jest -1.",
            "Obszar A: brak tematów (themes).",
            "Obszar A: identyfikator „A” występuje w pliku więcej niż raz.",
            "Temat T: brak tytułu (title).",
            "Pytanie T.1: pytanie rodzaju scale musi mieć dokładnie 5 poziomów (0–4), ma 0.");
    }

    [Fact]
    public void Exception_message_lists_the_file_and_all_errors()
    {
        var act = () => QuestionnaireReader.Read(File("""{"id":"T1.1","text":"Pytanie","kind":"scale"}"""), "zly.json");

        act.Should().Throw<InvalidQuestionnaireException>()
            .WithMessage("Definicja zly.json jest nieprawidłowa:*Pytanie T1.1: pytanie rodzaju scale musi mieć dokładnie 5 poziomów*");
    }

    [Fact]
    public void Malformed_json_is_reported_not_thrown_raw()
    {
        var act = () => QuestionnaireReader.Read("""{"type":"questionnaire", """, "ucięty.json");

        act.Should().Throw<InvalidQuestionnaireException>().Which.Errors.Should().ContainSingle()
            .Which.Should().StartWith("To nie jest poprawny JSON");
    }
}

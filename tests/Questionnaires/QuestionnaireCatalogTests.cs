using System.Text.Json;
using System.Text.RegularExpressions;
using Samoocena.Questionnaires.Definitions;

namespace Samoocena.Tests.Questionnaires;

public sealed class QuestionnaireCatalogTests
{
    private static string Minimal(int version, string title) => $$"""
        {"type":"questionnaire","id":"mini","version":{{version}},"title":"{{title}}",
         "areas":[{"id":"A","title":"Obszar","themes":[{"id":"T1","title":"Temat","questions":[
           {"id":"T1.1","text":"Tak czy nie?","kind":"yesno"}]}]}]}
        """;

    [Fact]
    public void Catalog_keys_versions_and_skips_other_definition_types()
    {
        var catalog = QuestionnaireCatalog.FromFiles(
        [
            ("definitions/mini-v2.json", Minimal(2, "Druga")),
            ("definitions/smup.json", """{"type":"indicators","indicators":[]}"""),
            ("definitions/mini-v1.json", Minimal(1, "Pierwsza")),
        ]);

        catalog.All.Select(d => (d.Id, d.Version)).Should().Equal(("mini", 1), ("mini", 2));
        catalog.Latest("mini")!.Title.Should().Be("Druga");
        catalog.Get("mini", 1)!.Title.Should().Be("Pierwsza");
        catalog.Get("mini", 3).Should().BeNull();
        catalog.Latest("smup").Should().BeNull();
    }

    [Fact]
    public void Same_id_and_version_twice_is_refused()
    {
        var act = () => QuestionnaireCatalog.FromFiles([("a.json", Minimal(1, "A")), ("b.json", Minimal(1, "B"))]);

        act.Should().Throw<InvalidQuestionnaireException>().Which.Errors.Should()
            .Equal("Kwestionariusz mini w wersji 1 jest zdefiniowany więcej niż raz.");
    }

    [Fact]
    public void Errors_of_several_files_are_collected_with_file_names()
    {
        var act = () => QuestionnaireCatalog.FromFiles([("a.json", Minimal(0, "A")), ("b.json", Minimal(1, ""))]);

        act.Should().Throw<InvalidQuestionnaireException>().Which.Errors.Should().Equal(
            "a.json: Wersja kwestionariusza musi być liczbą całkowitą ≥ 1, jest 0.",
            "b.json: Kwestionariusz nie ma tytułu (title).");
    }

    [Fact]
    public void Shipped_samoocena_loads_with_3_areas_8_themes_and_4_to_6_questions_each()
    {
        var definition = QuestionnaireCatalog.Load().Latest("samoocena")!;

        definition.Version.Should().Be(1);
        definition.Areas.Select(a => a.Id).Should().Equal("A", "B", "C");
        definition.Areas.Select(a => a.Themes.Count).Should().Equal(2, 2, 4);
        var themes = definition.Areas.SelectMany(a => a.Themes).ToList();
        themes.Select(t => t.Id).Should().Equal("T1", "T2", "T3", "T4", "T5", "T6", "T7", "T8");
        themes.Should().OnlyContain(t => t.Questions.Count >= 4 && t.Questions.Count <= 6);
        foreach (var theme in themes)
            theme.Questions.Should().OnlyContain(q => Regex.IsMatch(q.Id, $@"^{theme.Id}\.\d$"));
    }

    [Fact]
    public void Every_samoocena_scale_question_has_the_standard_ladder_with_own_statements()
    {
        var questions = QuestionnaireCatalog.Load().Latest("samoocena")!.Areas
            .SelectMany(a => a.Themes).SelectMany(t => t.Questions).ToList();

        var scale = questions.Where(q => q.Kind == QuestionKind.Scale).ToList();
        scale.Should().HaveCount(42);
        questions.Count(q => q.Kind == QuestionKind.YesNo).Should().Be(3);
        foreach (var question in scale)
        {
            question.Levels!.Select(l => l.Label).Should().Equal(ScaleLevel.StandardLabels);
            question.Levels!.Select(l => l.Statement).Should().OnlyHaveUniqueItems();
        }
        questions.SelectMany(q => q.Levels ?? []).Select(l => l.Statement).Should().OnlyHaveUniqueItems();
        questions.Where(q => q.AllowNotApplicable).Select(q => q.Id).Should().Equal("T3.3", "T5.3");
        questions.Count(q => q.Required).Should().Be(43);
    }

    [Fact]
    public void Definition_serialises_to_the_api_shape()
    {
        var definition = QuestionnaireCatalog.Load().Latest("samoocena")!;

        using var json = JsonDocument.Parse(JsonSerializer.Serialize(definition, QuestionnaireJson.Options));

        var root = json.RootElement;
        Names(root).Should().Equal("id", "version", "title", "description", "areas");
        var area = root.GetProperty("areas")[0];
        Names(area).Should().Equal("id", "title", "weight", "themes");
        var theme = area.GetProperty("themes")[0];
        Names(theme).Should().Equal("id", "title", "weight", "questions");
        var scale = theme.GetProperty("questions")[0];
        Names(scale).Should().Equal("id", "text", "kind", "levels", "required", "allowNotApplicable", "weight", "help");
        scale.GetProperty("kind").GetString().Should().Be("scale");
        Names(scale.GetProperty("levels")[2]).Should().Equal("value", "label", "statement");
        var yesno = root.GetProperty("areas")[1].GetProperty("themes")[1].GetProperty("questions")[3];
        Names(yesno).Should().Equal("id", "text", "kind", "required", "allowNotApplicable", "weight", "help");
        yesno.GetProperty("kind").GetString().Should().Be("yesno");
    }

    private static IEnumerable<string> Names(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToList();
}

using System.Text;
using Samoocena.Questionnaires.Imports.Bdl;
using Samoocena.Questionnaires.Indicators;
using Samoocena.Questionnaires.Registry;
using static Samoocena.Tests.Imports.BdlFixtures;

namespace Samoocena.Tests.Imports;

/// <summary>The pure part of the BDL import: reading the files, unit ids, names, matching, the indicator.</summary>
public sealed class BdlMatchingTests
{
    private static readonly MunicipalityRegistry Registry = MunicipalityRegistry.Load();

    private static BdlFile Read(string json, string name = "strona.json") =>
        BdlReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(json)), name);

    [Theory]
    [InlineData("071412865011", "1465011")]
    [InlineData("030610014052", "0614052")]
    [InlineData("011210001011", "1201011")]
    public void Unit_id_gives_the_TERYT_from_characters_3_4_and_8_to_12(string id, string teryt)
    {
        BdlUnitId.Teryt(id, out var reason).Should().Be(teryt);
        reason.Should().BeNull();
    }

    [Theory]
    [InlineData("010210001044", "miasto w gminie miejsko-wiejskiej (typ 4), nie gmina")]
    [InlineData("010210001045", "obszar wiejski gminy miejsko-wiejskiej (typ 5), nie gmina")]
    [InlineData("071412865018", "dzielnica (typ 8), nie gmina")]
    [InlineData("011212261019", "delegatura (typ 9), nie gmina")]
    [InlineData("010210001000", "jednostka innego poziomu niż gmina")]
    [InlineData("010200000000", "jednostka innego poziomu niż gmina")]
    [InlineData("0102100010", "identyfikator jednostki BDL powinien mieć 12 cyfr")]
    public void Parts_districts_other_levels_and_bad_ids_are_not_gminas(string id, string reason)
    {
        BdlUnitId.Teryt(id, out var why).Should().BeNull();
        why.Should().Be(reason);
    }

    [Theory]
    [InlineData("Końskowola - gmina wiejska", "Końskowola", true)]
    [InlineData("KONSKOWOLA", "Końskowola", true)]
    [InlineData("Łódź - miasto", "Łódź", true)]
    [InlineData("Bolesławiec - obszar wiejski", "Bolesławiec", true)]
    [InlineData("M.st.Warszawa", "Warszawa", true)]
    [InlineData("Kędzierzyn - Koźle", "Kędzierzyn-Koźle", true)]
    [InlineData("Dobra (Szczecińska) - gmina wiejska", "Dobra (Szczecińska)", true)]
    [InlineData("Osiecznica", "Gromadka", false)]
    [InlineData("Dobra", "Dobra (Szczecińska)", false)]
    public void Names_compare_without_case_diacritics_and_BDL_suffixes(string bdl, string register, bool same) =>
        BdlNames.Same(bdl, register).Should().Be(same);

    [Fact]
    public void Two_pages_match_the_register_with_skips_flags_the_six_digit_fallback_and_a_refused_name()
    {
        var files = new[] { Read(Page(FirstPage()), "s1.json"), Read(Page(SecondPage(nameMismatch: true), page: 1), "s2.json") };
        var match = BdlMatcher.Match(files, Registry, 2000, 2100);

        match.VariableId.Should().Be(60270);
        match.LastUpdate.Should().Be("2025-06-30T09:00:00");
        match.Years.Should().Equal(2022, 2023, 2024);
        match.Matched.Should().Be(5);
        match.Values.Select(v => $"{v.Teryt} {v.Year} {v.Value} {v.File}#{v.Index}").Should().Equal(
            "1465011 2022 100.5 s1.json#1", "1465011 2023 112.5 s1.json#1", "1465011 2024 120 s1.json#1",
            "0201011 2022 10 s1.json#2", "0201011 2023 11 s1.json#2",
            "0201043 2022 20 s1.json#4", "0201043 2023 21 s1.json#4", "0201043 2024 22 s1.json#4",
            "0614053 2022 5 s2.json#1", "0614053 2023 6 s2.json#1", "0614053 2024 7 s2.json#1",
            "0201052 2022 3 s2.json#3", "0201052 2024 4 s2.json#3");
        match.Rejected.Should().Equal(new BdlRejectedRow("s2.json", 5,
            "nazwa w BDL „Osiecznica” nie zgadza się z nazwą gminy 0201032 w rejestrze „Gromadka”"));
        match.Flagged.Should().Equal(new Dictionary<int, int> { [2] = 1, [3] = 1 });
        match.Skipped.Should().Equal(
            new BdlSkippedUnit("010210001044", "Nowogrodziec - miasto", "miasto w gminie miejsko-wiejskiej (typ 4), nie gmina"),
            new BdlSkippedUnit("010210001092", "Nieistniejąca", "brak gminy o kodzie TERYT 0201092 w rejestrze gmin 2025"),
            new BdlSkippedUnit("010210001000", "Powiat bolesławiecki", "jednostka innego poziomu niż gmina"));
    }

    [Fact]
    public void One_file_with_the_pages_concatenated_or_an_array_of_pages_reads_like_two_files()
    {
        var concatenated = Read(Page(FirstPage().Concat(SecondPage())), "razem.json");
        var array = Read($"[{Page(FirstPage())},{Page(SecondPage(), page: 1)}]", "tablica.json");
        concatenated.Units.Select(u => (u.Index, u.Id)).Should().Equal(array.Units.Select(u => (u.Index, u.Id)));
        concatenated.Units.Should().HaveCount(8);
        var match = BdlMatcher.Match([array], Registry, 2000, 2100);
        match.Values.Should().HaveCount(13);
        match.Rejected.Should().BeEmpty();
        match.Matched.Should().Be(5);
    }

    [Fact]
    public void Bad_values_repeated_units_and_missing_fields_refuse_their_row_with_every_reason()
    {
        var json = Page([
            Unit(Id("0201011"), "Bolesławiec", Value(2022, 1)),
            Unit(Id("0201011"), "Bolesławiec", Value(2022, 2), Value(2023, 3)),
            new { id = Id("0201022"), name = "Bolesławiec", values = new object[] { new { year = "1999", val = 1, attrId = 1 }, new { year = "2023", attrId = 1 }, new { year = "2024", val = 5 } } },
            new { name = "bez id" },
        ]);
        var match = BdlMatcher.Match([Read(json)], Registry, 2000, 2100);
        match.Rejected.Select(r => $"{r.Index}: {r.Reason}").Should().Equal(
            "2: wartość gminy 0201011 za rok 2022 jest już w pliku „strona.json”, pozycja 1",
            "3: nieprawidłowy rok '1999' (dozwolone 2000–2100); brak wartości liczbowej (val) za rok 2023 przy attrId 1; brak atrybutu (attrId) wartości za rok 2024",
            "4: element results bez identyfikatora jednostki (pole id)");
        match.Values.Should().ContainSingle().Which.Should().Be(new BdlMatchedValue("0201011", 2022, 1, "strona.json", 1));
    }

    [Theory]
    [InlineData("to nie JSON", "Plik „x.json” nie jest poprawnym plikiem JSON (wiersz 1). Oczekiwano odpowiedzi API BDL data/by-variable.")]
    [InlineData("42", "Plik „x.json” nie zawiera obiektu z polami variableId i results (odpowiedzi API BDL data/by-variable).")]
    [InlineData("[]", "Plik „x.json” jest pustą tablicą: brak stron z wynikami.")]
    [InlineData("{\"results\": []}", "Plik „x.json” nie ma pola variableId (dodatniej liczby całkowitej): to nie jest odpowiedź API BDL data/by-variable.")]
    [InlineData("{\"variableId\": 60270}", "Plik „x.json” nie ma tablicy results.")]
    [InlineData("[{\"variableId\": 1, \"results\": []}, {\"variableId\": 2, \"results\": []}]", "Plik „x.json” zawiera strony różnych zmiennych BDL (1 i 2).")]
    public void A_file_that_is_not_a_BDL_answer_is_refused_with_a_Polish_message(string json, string message)
    {
        var read = () => Read(json, "x.json");
        read.Should().Throw<BdlImportException>().Which.Message.Should().Be(message);
    }

    [Fact]
    public void Files_of_two_variables_or_without_units_are_refused()
    {
        var two = () => BdlMatcher.Match([Read(Page(FirstPage()), "a.json"), Read(Page(SecondPage(), variable: 60271), "b.json")], Registry, 2000, 2100);
        two.Should().Throw<BdlImportException>().Which.Message.Should().Be(
            "Pliki dotyczą różnych zmiennych BDL: 60270 („a.json”), 60271 („b.json”). Wczytaj każdą zmienną osobno.");
        var empty = () => BdlMatcher.Match([Read(Page([]), "a.json")], Registry, 2000, 2100);
        empty.Should().Throw<BdlImportException>().Which.Message.Should().Be("Pliki nie zawierają żadnej jednostki (tablica results jest pusta).");
    }

    [Fact]
    public void Too_many_units_in_a_file_is_an_upload_over_the_limit()
    {
        var read = () => BdlReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(Page(FirstPage()))), "duzy.json", maxUnits: 3);
        var e = read.Should().Throw<BdlImportException>().Which;
        e.TooLarge.Should().BeTrue();
        e.Message.Should().Be("Plik „duzy.json” zawiera więcej niż 3 jednostek; podziel dane na mniejsze pliki.");
    }

    [Fact]
    public void The_indicator_comes_from_bdlVariable_or_the_coordinator_and_a_contradiction_is_refused()
    {
        var catalog = IndicatorCatalog.Parse("""
            {"type": "indicators", "id": "t", "version": 1, "title": "t", "coverage": 0.6,
             "areas": [{"id": "a", "name": "A"}],
             "indicators": [
               {"id": "X_01", "name": "x", "unit": "%", "polarity": "+", "area": "a", "service": "s", "dimension": "quality", "context": false, "bdlVariable": [60270, 60271]},
               {"id": "Y_01", "name": "y", "unit": "%", "polarity": "+", "area": "a", "service": "s", "dimension": "quality", "context": false}],
             "indices": []}
            """);
        BdlIndicatorChoice.Resolve(catalog, 60271, null).Id.Should().Be("X_01");
        BdlIndicatorChoice.Resolve(catalog, 60270, "X_01").Id.Should().Be("X_01");
        BdlIndicatorChoice.Resolve(catalog, 1, "Y_01").Id.Should().Be("Y_01");
        Message(() => BdlIndicatorChoice.Resolve(catalog, 1, null)).Should().Be(
            "Zmienna BDL 1 nie jest przypisana do żadnego wskaźnika katalogu (pole bdlVariable): wskaż wskaźnik parametrem indicatorId.");
        Message(() => BdlIndicatorChoice.Resolve(catalog, 60270, "Y_01")).Should().Be(
            "Zmienna BDL 60270 należy w katalogu do wskaźnika X_01, a wybrano Y_01.");
        Message(() => BdlIndicatorChoice.Resolve(catalog, 5, "X_01")).Should().Be(
            "Wskaźnik X_01 pochodzi ze zmiennych BDL 60270, 60271, a pliki zawierają zmienną 5.");
        Message(() => BdlIndicatorChoice.Resolve(catalog, 5, "Z_99")).Should().Be(
            "Nie ma wskaźnika 'Z_99' w katalogu (lista: GET /api/indicators).");
    }

    [Fact]
    public void A_BDL_variable_belongs_to_one_indicator_and_the_shipped_catalogue_names_none()
    {
        var parse = () => IndicatorCatalog.Parse("""
            {"type": "indicators", "id": "t", "version": 1, "title": "t", "coverage": 0.6, "areas": [{"id": "a", "name": "A"}],
             "indicators": [
               {"id": "X_01", "name": "x", "unit": "%", "polarity": "+", "area": "a", "service": "s", "dimension": "quality", "context": false, "bdlVariable": [7]},
               {"id": "Y_01", "name": "y", "unit": "%", "polarity": "+", "area": "a", "service": "s", "dimension": "quality", "context": false, "bdlVariable": [7, 0]}],
             "indices": []}
            """);
        parse.Should().Throw<InvalidDataException>().Which.Message.Should()
            .Contain("Zmienna BDL 7 jest przypisana do wskaźników 'X_01' i 'Y_01'; może należeć tylko do jednego.")
            .And.Contain("Wskaźnik 'Y_01': identyfikator zmiennej BDL musi być dodatni, jest 0.");
        // No verified BDL variable ids for our catalogue yet: none are guessed.
        IndicatorCatalog.Load().Indicators.Should().OnlyContain(i => i.BdlVariables.Count == 0);
    }

    private static string Message(Action act) => act.Should().Throw<BdlImportException>().Which.Message;
}

using Samoocena.Questionnaires.Awards;
using Samoocena.Questionnaires.Registry;

namespace Samoocena.Tests.Awards;

public class AwardResultsTests
{
    // Dyadic weights keep the hand computation exact in binary floating point.
    private static readonly AwardCriterion[] Criteria = [new("tresc", "Treść", 0.5), new("forma", "Forma", 0.25), new("zasieg", "Zasięg", 0.25)];
    private static readonly AwardCategory[] Categories = [new("mnpp", "Miasta na prawach powiatu"), new("gminy", "Gminy")];

    private static JurorSheet Sheet(string juror, string nominee, int tresc, int forma, int zasieg) =>
        new(juror, nominee, new Dictionary<string, int> { ["tresc"] = tresc, ["forma"] = forma, ["zasieg"] = zasieg });

    private static JurorSheet Uniform(string juror, string nominee, int score) => Sheet(juror, nominee, score, score, score);

    [Fact]
    public void Juror_total_is_the_weighted_mean_of_a_complete_sheet() =>
        // 0.5·8 + 0.25·6 + 0.25·4 = 6.5
        AwardResults.JurorTotal(Criteria, Sheet("j", "n", 8, 6, 4).Scores).Should().Be(6.5);

    [Fact]
    public void Four_counted_sheets_give_their_plain_mean()
    {
        AwardNominee[] nominees = [new("a", "mnpp", "0461011", "Bydgoszcz")];
        // totals: 6.5, 10, 5, 7.5 → 29 / 4 = 7.25
        var sheets = new[] { Sheet("j1", "a", 8, 6, 4), Uniform("j2", "a", 10), Uniform("j3", "a", 5), Sheet("j4", "a", 7, 10, 6) };
        var row = AwardResults.Compute(Categories, Criteria, nominees, sheets)[0].Rows.Single();
        row.Should().Be(new AwardResultRow(1, "a", "Bydgoszcz", 7.25, 4));
    }

    [Fact]
    public void Six_counted_sheets_drop_the_single_highest_and_lowest()
    {
        AwardNominee[] nominees = [new("a", "mnpp", null, "A")];
        // totals 10, 2, 6, 7, 8, 5 → drop 10 and 2 → (6 + 7 + 8 + 5) / 4 = 6.5
        var sheets = new[] { 10, 2, 6, 7, 8, 5 }.Select((s, i) => Uniform($"j{i}", "a", s));
        AwardResults.Compute(Categories, Criteria, nominees, sheets)[0].Rows.Single()
            .Should().Be(new AwardResultRow(1, "a", "A", 6.5, 6));
    }

    [Fact]
    public void Trimming_starts_at_five_counted_sheets()
    {
        AwardResults.NomineeScore([1, 2, 3, 4, 10]).Should().Be(3);   // (2 + 3 + 4) / 3
        AwardResults.NomineeScore([1, 2, 3, 10]).Should().Be(4);      // 16 / 4, no trimming
        AwardResults.NomineeScore([9, 9, 9, 9, 9]).Should().Be(9);    // one 9 dropped at each end
        AwardResults.NomineeScore([]).Should().BeNull();
    }

    [Fact]
    public void Equal_rounded_scores_share_the_place_and_are_listed_by_nominee_id()
    {
        AwardNominee[] nominees =
        [
            new("m-zeta", "mnpp", null, "Zeta"), new("m-alfa", "mnpp", null, "Alfa"), new("m-beta", "mnpp", null, "Beta"),
            new("g-1", "gminy", null, "Gmina 1"),
        ];
        var sheets = new[]
        {
            Uniform("j1", "m-zeta", 8), Uniform("j2", "m-zeta", 7),  // 7.5
            Uniform("j1", "m-alfa", 7), Uniform("j2", "m-alfa", 8),  // 7.5
            Uniform("j1", "m-beta", 9), Uniform("j2", "m-beta", 9),  // 9
            Uniform("j1", "g-1", 3),
        };
        var results = AwardResults.Compute(Categories, Criteria, nominees, sheets);
        results.Select(r => r.Category).Should().Equal("mnpp", "gminy");
        results[0].Rows.Select(r => (r.Place, r.NomineeId, r.Score)).Should().Equal(
            ((int?)1, "m-beta", (double?)9), (2, "m-alfa", 7.5), (2, "m-zeta", 7.5));
        results[1].Rows.Single().Should().Be(new AwardResultRow(1, "g-1", "Gmina 1", 3, 1));
    }

    [Fact]
    public void Incomplete_sheet_does_not_count_and_a_nominee_without_counted_sheets_is_listed_last_without_place()
    {
        AwardNominee[] nominees = [new("b", "gminy", null, "B"), new("a", "gminy", null, "A"), new("c", "gminy", null, "C")];
        var partial = new JurorSheet("j2", "b", new Dictionary<string, int> { ["tresc"] = 10, ["forma"] = 10 });
        var sheets = new[] { Uniform("j1", "b", 4), partial, new JurorSheet("j1", "a", new Dictionary<string, int> { ["tresc"] = 9 }), Uniform("j1", "c", 6) };
        AwardResults.Compute(Categories, Criteria, nominees, sheets)[1].Rows.Should().Equal(
            new AwardResultRow(1, "c", "C", 6, 1),
            new AwardResultRow(2, "b", "B", 4, 1),
            new AwardResultRow(null, "a", "A", null, 0));
    }

    [Theory]
    [InlineData(11, "Ocena za kryterium 'tresc' musi być liczbą całkowitą 0–10, jest 11.*")]
    [InlineData(-1, "Ocena za kryterium 'tresc' musi być liczbą całkowitą 0–10, jest -1.*")]
    public void Score_outside_0_to_10_is_refused(int score, string message)
    {
        var act = () => AwardResults.JurorTotal(Criteria, Sheet("j", "n", score, 5, 5).Scores);
        act.Should().Throw<ArgumentException>().WithMessage(message);
    }

    [Fact]
    public void Unknown_criterion_unknown_nominee_and_a_second_sheet_are_refused()
    {
        AwardNominee[] nominees = [new("a", "gminy", null, "A")];
        var unknownCriterion = () => AwardResults.JurorTotal(Criteria, new Dictionary<string, int> { ["humor"] = 5 });
        unknownCriterion.Should().Throw<ArgumentException>().WithMessage("Nieznane kryterium oceny 'humor'.*");
        var unknownNominee = () => AwardResults.Compute(Categories, Criteria, nominees, [Uniform("j1", "x", 5)]);
        unknownNominee.Should().Throw<ArgumentException>().WithMessage("Karta jurora 'j1' dotyczy nieznanej nominacji 'x'.*");
        var twice = () => AwardResults.Compute(Categories, Criteria, nominees, [Uniform("j1", "a", 5), Uniform("j1", "a", 6)]);
        twice.Should().Throw<ArgumentException>().WithMessage("Juror 'j1' ma więcej niż jedną kartę dla nominacji 'a'.*");
    }

    [Fact]
    public void Demo_award_definition_has_three_categories_four_weighted_criteria_and_six_jurors()
    {
        var award = AwardDefinition.Load("zlote-lajki-demo");
        award.Type.Should().Be("award");
        award.Categories.Select(c => c.Id).Should().Equal("mnpp", "miasta", "wlodarze");
        award.Criteria.Select(c => c.Weight).Should().Equal(0.35, 0.30, 0.20, 0.15);
        award.Jurors.Should().HaveCount(6);
        award.Nominees.GroupBy(n => n.Category).Select(g => g.Count()).Should().Equal(6, 5, 5);
        var registry = MunicipalityRegistry.Load();
        award.Nominees.Should().OnlyContain(n => n.Teryt != null && registry.Contains(n.Teryt));
        award.Validate().Should().BeEmpty();
    }

    [Fact]
    public void Award_definition_with_unknown_category_is_rejected()
    {
        var json = """
            {"type":"award","id":"x","version":1,"title":"X","categories":[{"id":"a","name":"A"}],
             "criteria":[{"id":"c","name":"C","weight":1}],"nominees":[{"id":"n","category":"b","teryt":null,"name":"N"}],"jurors":[]}
            """;
        var act = () => AwardDefinition.Parse(json);
        act.Should().Throw<InvalidDataException>().WithMessage("*Nominacja 'n' wskazuje nieznaną kategorię 'b'.*");
    }
}

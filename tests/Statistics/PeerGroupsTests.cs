using Samoocena.Questionnaires.Registry;
using Samoocena.Questionnaires.Statistics;

namespace Samoocena.Tests.Statistics;

public class PeerGroupsTests
{
    private static readonly MunicipalityRegistry Registry = MunicipalityRegistry.Load();
    private static readonly PeerGroups Groups = new(Registry, NearestNeighbours.ForShippedRegistry);

    private static double?[] Everyone(double value) => Enumerable.Repeat((double?)value, Registry.All.Count).ToArray();

    private static int[] Positions(string category, string populationClass) =>
        Enumerable.Range(0, Registry.All.Count)
            .Where(i => Registry.All[i].Category == category && Registry.All[i].PopulationClass == populationClass)
            .ToArray();

    [Fact]
    public void Default_group_is_the_cell_of_category_and_population_class()
    {
        // 13 MNPP cities of 200,000 or more in gminy_2025.csv (checked with an independent script).
        var group = Groups.For("1465011", PeerSelector.Default, Everyone(1));
        group.Id.Should().Be("default:MNPP-P7");
        group.Widened.Should().BeFalse();
        group.Members.Should().HaveCount(13).And.Contain(Registry.Index["1465011"]);
        Groups.DefaultFor("1465011").Should().BeEquivalentTo(group);
    }

    [Fact]
    public void Default_group_with_fewer_than_5_values_widens_to_the_category()
    {
        // Four GW-P2 units with values 1..4 and three GW-P1 units with 10, 20, 30; no other GW has a value.
        var values = new double?[Registry.All.Count];
        var p2 = Positions("GW", "P2");
        var p1 = Positions("GW", "P1");
        for (var i = 0; i < 4; i++) values[p2[i]] = i + 1;
        for (var i = 0; i < 3; i++) values[p1[i]] = 10 * (i + 1);

        var group = Groups.For(Registry.All[p2[0]].Teryt, PeerSelector.Default, values);
        group.Id.Should().Be("default:GW");
        group.Widened.Should().BeTrue();
        group.Members.Should().Equal(new[] { p2[0], p2[1], p2[2], p2[3], p1[0], p1[1], p1[2] }.Order());

        // Widened group [1, 2, 3, 4, 10, 20, 30], u = 1: Q1 h = 1.5 → 2.5, median 4, Q3 h = 4.5 → 15, mean 10;
        // rank 7 of 7, percentile 0 → bottom; sd = √(730/7) = 10.212037714663724, z = −9/sd = −0.881312843868239.
        var s = PeerStatistics.ComputeAll(Groups.ForAll(PeerSelector.Default, values), values, true)[p2[0]];
        (s.Group, s.N, s.Widened, s.Min, s.Q1, s.Median, s.Q3, s.Max, s.Mean, s.Rank, s.Percentile, s.Band)
            .Should().Be(("default:GW", 7, true, 1.0, 2.5, 4.0, 15.0, 30.0, 10.0, 7, 0.0, "bottom"));
        s.Z.Should().BeApproximately(-0.881312843868239, 1e-15);

        // A fifth GW-P2 value makes the cell large enough.
        values[p2[4]] = 5;
        var cell = Groups.For(Registry.All[p2[0]].Teryt, PeerSelector.Default, values);
        (cell.Id, cell.Widened, cell.Members.Count).Should().Be(("default:GW-P2", false, 5));
    }

    [Fact]
    public void Gmina_without_population_is_compared_with_its_whole_category()
    {
        // Szczawa (new in 2025) has class P?; GW-P? holds 2 units → widened to all 1,459 GW.
        var group = Groups.For("1207132", PeerSelector.Default, i => 1.0);
        (group.Id, group.Widened, group.Members.Count).Should().Be(("default:GW", true, 1459));
    }

    [Fact]
    public void Category_voivodeship_and_all_groups_are_named_and_sized()
    {
        var values = Everyone(1);
        values[Registry.Index["1465011"]] = null;
        // Warszawa itself has no value, so it is not counted: mazowieckie has 314 gminas, MNPP 66, all 2,479.
        var voivodeship = Groups.For("1465011", new PeerSelector(PeerGroupKind.Voivodeship), values);
        (voivodeship.Id, voivodeship.Members.Count).Should().Be(("voivodeship:14", 313));
        var category = Groups.For("1465011", new PeerSelector(PeerGroupKind.Category), values);
        (category.Id, category.Members.Count).Should().Be(("category:MNPP", 65));
        var all = Groups.For("1465011", new PeerSelector(PeerGroupKind.All), values);
        (all.Id, all.Members.Count).Should().Be(("all", 2478));
    }

    [Fact]
    public void Neighbours_group_is_the_unit_and_its_k_nearest()
    {
        var group = Groups.For("1465011", new PeerSelector(PeerGroupKind.Neighbours, 5), Everyone(2));
        group.Id.Should().Be("neighbours:k5");
        // Warszawa with its 5 nearest (Kraków, Wrocław, Łódź, Poznań, Szczecin), in registry (TERYT) order.
        group.Members.Select(i => Registry.All[i].Teryt).Should()
            .Equal("0264011", "1061011", "1261011", "1465011", "3064011", "3262011");
    }

    [Fact]
    public void Cohort_group_holds_the_members_and_the_unit_and_ignores_unknown_codes()
    {
        string[] cohort = ["0201011", "0201022", "9999999"];
        var member = Groups.For("0201022", new PeerSelector(PeerGroupKind.Cohort, CohortId: "rl"), Everyone(1), cohort);
        (member.Id, member.Members.Count).Should().Be(("cohort:rl", 2));
        var outsider = Groups.For("0201032", new PeerSelector(PeerGroupKind.Cohort, CohortId: "rl"), Everyone(1), cohort);
        outsider.Members.Select(i => Registry.All[i].Teryt).Should().Equal("0201011", "0201022", "0201032");
    }

    [Fact]
    public void Units_of_one_cell_share_one_group_instance()
    {
        var groups = Groups.ForAll(PeerSelector.Default, Everyone(1));
        groups.Should().HaveCount(2479);
        groups.Distinct(ReferenceEqualityComparer.Instance).Should().HaveCount(19); // 19 cells; GW-P? is widened to GW
        groups[Registry.Index["1207132"]].Should().BeSameAs(groups[Registry.Index["2002162"]]);
    }

    [Fact]
    public void The_default_group_of_every_unit_is_its_group_when_all_have_values_and_is_kept()
    {
        var everyone = Groups.ForAll(PeerSelector.Default, Everyone(1));
        var units = Registry.All.Select(m => Groups.DefaultFor(m.Teryt)).ToArray();
        for (var u = 0; u < units.Length; u++) units[u].Should().BeEquivalentTo(everyone[u]);
        Groups.DefaultFor("1465011").Should().BeSameAs(units[Registry.Index["1465011"]]);
        FluentActions.Invoking(() => Groups.DefaultFor("9999999")).Should().Throw<ArgumentException>().WithMessage("Nieznany kod TERYT '9999999'.*");
    }
}

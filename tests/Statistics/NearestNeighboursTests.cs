using Samoocena.Questionnaires.Registry;

namespace Samoocena.Tests.Statistics;

public class NearestNeighboursTests
{
    [Fact]
    public void Equal_distances_are_ordered_by_teryt_and_a_missing_value_sits_at_the_mean()
    {
        // v = [0, 1, −1, 3, −3, missing]: mean over the five present = 0, population sd = √(20/5) = 2,
        // z = [0, 0.5, −0.5, 1.5, −1.5, 0 (missing → mean)], all exact. From "0000010" (z 0): "0000050" at 0;
        // "0000030" and "0000020" both at exactly 0.5 (tie → TERYT ascending puts "0000020" first although it is
        // listed later); "0000040" and "0000060" both at 1.5. Distances are compared unrounded (methodology v1.1 §0).
        string[] units = ["0000010", "0000030", "0000020", "0000060", "0000040", "0000050"];
        var nn = new NearestNeighbours(units, [new ContextVariable("v", [0, 1, -1, 3, -3, null])]);

        var list = nn.For("0000010", k: 5);
        list.Select(n => (n.Teryt, n.Distance)).Should().Equal(
            ("0000050", 0.0), ("0000020", 0.5), ("0000030", 0.5), ("0000040", 1.5), ("0000060", 1.5));
        nn.Z(5, 0).Should().Be(0);
    }

    [Fact]
    public void Distances_are_compared_unrounded()
    {
        // From "0000010" (v 0): z-scoring divides every difference by the same sd, so "0000020" (v 1.0000002) and
        // "0000030" (v 1.0000001) are both at 2.1213 to 4 decimals (a TERYT tie under v1.0), but unrounded "0000030"
        // is nearer although its TERYT is higher.
        string[] units = ["0000010", "0000020", "0000030"];
        var nn = new NearestNeighbours(units, [new ContextVariable("v", [0, 1.0000002, 1.0000001])]);
        nn.For("0000010", k: 2).Select(n => n.Teryt).Should().Equal("0000030", "0000020");
    }

    [Fact]
    public void Weights_scale_the_squared_differences()
    {
        // a = [0, 2, 0], b = [0, 0, 2]: each has z = [−0.7071, 1.4142, −0.7071] resp. [−0.7071, −0.7071, 1.4142].
        // Unweighted, P is 3/√2 = 2.1213 from both Q and R (tie → Q by TERYT). With weight 4 on b,
        // P–R = √(4·(3/√2)²) = 2·2.1213 = 4.2426, so Q stays first and R is farther.
        string[] units = ["P000001", "Q000002", "R000003"];
        var even = new NearestNeighbours(units, [new ContextVariable("a", [0, 2, 0]), new ContextVariable("b", [0, 0, 2])]);
        even.For("P000001").Select(n => (n.Teryt, Math.Round(n.Distance, 10)))
            .Should().Equal(("Q000002", 2.1213203436), ("R000003", 2.1213203436));

        var weighted = new NearestNeighbours(units, [new ContextVariable("a", [0, 2, 0]), new ContextVariable("b", [0, 0, 2], 4)]);
        weighted.For("R000003").Select(n => (n.Teryt, Math.Round(n.Distance, 10)))
            .Should().Equal(("P000001", 4.2426406871), ("Q000002", Math.Round(Math.Sqrt(4.5 + 4 * 4.5), 10)));
    }

    [Fact]
    public void Unit_is_never_its_own_neighbour_and_k_is_capped_by_the_others()
    {
        var nn = new NearestNeighbours(["A", "B", "C"], [new ContextVariable("v", [1, 1, 5])]);
        // z = [−0.7071, −0.7071, 1.4142]: A and B coincide (distance 0), C is 2.1213 away; A is never in its own list.
        nn.For("A", k: 15).Select(n => n.Teryt).Should().Equal("B", "C");
        nn.For("A", k: 15)[0].Distance.Should().Be(0);
        nn.For("C", k: 1).Select(n => n.Teryt).Should().Equal("A");
    }

    [Fact]
    public void Warszawa_neighbours_are_the_largest_cities()
    {
        // Verified with an independent script over gminy_2025.csv (ln population, ln density, urbanisation %).
        var list = NearestNeighbours.ForShippedRegistry.For("1465011");
        list.Select(n => n.Teryt).Should().Equal(
            "1261011", // Kraków 1.0325
            "0264011", // Wrocław 1.2584
            "1061011", // Łódź 1.3161
            "3064011", // Poznań 1.5431
            "3262011", // Szczecin 2.0507
            "0663011", // Lublin 2.0820
            "2261011", // Gdańsk 2.1033
            "0461011", // Bydgoszcz 2.1356
            "2061011", // Białystok 2.1938
            "2469011", // Katowice 2.3251
            "1863011", // Rzeszów 2.7331
            "1463011", // Radom 2.7335
            "0463011", // Toruń 2.7410
            "2464011", // Częstochowa 2.7517
            "2475011"); // Sosnowiec 2.7589
        list[0].Distance.Should().BeApproximately(1.0324925947937682, 1e-9);
    }

    [Fact]
    public void New_gminas_without_2024_data_sit_at_the_mean_of_every_variable()
    {
        // Szczawa and Grabówka have no population, density or urbanisation: z = 0 everywhere, distance 0 apart.
        var nn = NearestNeighbours.ForShippedRegistry;
        var registry = MunicipalityRegistry.Load();
        var szczawa = registry.Index["1207132"];
        Enumerable.Range(0, 3).Select(j => nn.Z(szczawa, j)).Should().Equal(0, 0, 0);
        var first = nn.For("1207132")[0];
        first.Should().Be(new Neighbour("2002162", 0));
    }

    [Fact]
    public void All_lists_at_once_equal_the_single_lists()
    {
        var all = NearestNeighbours.ForShippedRegistry.ForAll();
        var fresh = NearestNeighbours.ForRegistry(MunicipalityRegistry.Load());
        all.Should().HaveCount(2479);
        foreach (var i in new[] { 0, 1000, 1877, 2478 })
            all[i].Should().Equal(fresh.For(fresh.Units[i]));
        all.Should().OnlyContain(l => l.Count == 15);
    }
}

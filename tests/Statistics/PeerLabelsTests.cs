using Samoocena.Questionnaires.Statistics;

namespace Samoocena.Tests.Statistics;

/// <summary>Every peer group id, band and trend of methodology §2 in the words pages and workbooks show.</summary>
public class PeerLabelsTests
{
    [Theory]
    [InlineData("default:GW-P2", false, "gminy wiejskie, 5–10 tys. mieszkańców")]
    [InlineData("default:GMW-P1", false, "gminy miejsko-wiejskie, do 5 tys. mieszkańców")]
    [InlineData("default:GM", true, "gminy miejskie (grupa poszerzona do całej kategorii: w tej samej klasie wielkości było mniej niż 5 gmin z wartością)")]
    [InlineData("category:MNPP", false, "miasta na prawach powiatu (cała kategoria)")]
    [InlineData("voivodeship:14", false, "gminy województwa: mazowieckie")]
    [InlineData("all", false, "wszystkie gminy w Polsce")]
    [InlineData("neighbours:k15", false, "15 gmin najbardziej podobnych (ludność, powierzchnia, gęstość zaludnienia) i ta gmina")]
    [InlineData("cohort:rozwoj-lokalny", false, "kohorta rozwoj-lokalny")]
    public void A_peer_group_id_reads_in_words(string id, bool widened, string expected) =>
        PeerLabels.Group(id, widened).Should().Be(expected);

    [Fact]
    public void Bands_trends_and_the_stats_record_use_the_same_words()
    {
        new[] { "top", "middle", "bottom", "none" }.Select(PeerLabels.Band).Should().Equal(
            "najlepsze 25% grupy", "środkowe 50% grupy", "najsłabsze 25% grupy", "brak oceny (brak wartości lub grupa jednoelementowa)");
        new[] { "improving", "worsening", "unchanged", null }.Select(PeerLabels.Trend).Should().Equal("poprawa", "pogorszenie", "bez zmian", null);
        var stats = new PeerStats("default:GW-P2", 5, false, 1, 1, 1, 1, 1, 1, 1, 1, 100, "top", null, null, null);
        (stats.GroupLabel, stats.BandLabel).Should().Be(("gminy wiejskie, 5–10 tys. mieszkańców", "najlepsze 25% grupy"));
    }
}

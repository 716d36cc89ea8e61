using System.Text.Json;
using System.Text.Json.Nodes;
using Samoocena.Api.Excel;
using Samoocena.Api.Features.Rankings;
using Samoocena.Questionnaires.Rankings;
using Samoocena.Silo.Grains.Rankings;

namespace Samoocena.Tests.Rankings;

/// <summary>A published edition keeps the method version it was published with (methodology v1.1 §0).</summary>
public sealed class RankingMethodVersionTests
{
    /// <summary>A snapshot as stored under <paramref name="methodVersion"/>; a v1.0 one carries the definition's method text of then.</summary>
    private static RankingSnapshot Snapshot(string? methodVersion)
    {
        var d = RankingDefinition.GreenFinance;
        var method = methodVersion is null ? d.Method.Replace("Metodologia v1.1,", "Metodologia v1,", StringComparison.Ordinal) : d.Method;
        return new RankingSnapshot(d.Id, d.Title, d.Version, 2024, 2019, 2023, new DateTimeOffset(2025, 3, 1, 12, 0, 0, TimeSpan.Zero),
            method, d.Indicators, d.GreenRozdzialy, d.CapitalParagraphPrefixes, d.ExternalFundingFourthDigits, d.Coverage,
            d.MonteCarlo, 0, 0, [], [], methodVersion);
    }

    private static DocumentSheet MethodSheet(RankingSnapshot s) =>
        (DocumentSheet)RankingWorkbook.Sheets(new RankingStatus(RankingStatus.Published, s, s.ComputedAt)).First();

    [Fact]
    public void Snapshot_stored_without_a_method_version_reads_back_as_v1_0()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        var stored = JsonNode.Parse(JsonSerializer.Serialize(Snapshot("1.1"), options))!.AsObject();
        stored.Remove("methodVersion").Should().BeTrue();

        var old = stored.Deserialize<RankingSnapshot>(options)!;
        old.MethodVersion.Should().BeNull();
        old.MethodVersionUsed().Should().Be("1.0");
        RankingResponse.From(new RankingStatus(RankingStatus.Published, old, old.ComputedAt)).MethodVersion.Should().Be("1.0");
    }

    [Fact]
    public void Method_sheet_of_a_v1_0_edition_says_v1_0_and_its_4_decimal_comparisons()
    {
        var sheet = MethodSheet(Snapshot(null));
        var text = string.Join("\n", sheet.Paragraphs);
        text.Should().Contain("Metodologia v1.0").And.Contain("zaokrąglonym do 4 miejsc").And.NotContain("Metodologia v1.1");
        sheet.Parameters.Single(p => p.Name == "Wersja metodologii").Value.Should().Be("1.0");
    }

    [Fact]
    public void Method_sheet_of_a_v1_1_edition_states_the_rounding_rule_in_polish()
    {
        var sheet = MethodSheet(Snapshot("1.1"));
        var text = string.Join("\n", sheet.Paragraphs);
        text.Should().Contain("Metodologia v1.1, zasada zaokrąglania").And.Contain("połówki od zera")
            .And.Contain("59,995 % liczy się jako 60,00 %").And.Contain("odległości sąsiadów").And.Contain("G1–G5")
            .And.NotContain("4 miejsc");
        sheet.Parameters.Single(p => p.Name == "Wersja metodologii").Value.Should().Be("1.1");
    }
}

using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Samoocena.Questionnaires.Registry;
using Samoocena.Tests.Excel;
using Samoocena.Tests.Infrastructure;

namespace Samoocena.Tests.Metrics;

/// <summary>An analyst exports an indicator, edits nothing or something in Excel, and imports the sheet back.</summary>
public sealed class MetricsRoundTripTests(SqliteApi factory) : IClassFixture<SqliteApi>
{
    [Fact]
    public async Task An_exported_metrics_sheet_imports_back_to_the_same_values()
    {
        using var admin = await factory.AdminAsync();
        var units = MunicipalityRegistry.Load().All.Skip(300).Take(40).Select(u => u.Teryt).ToArray();
        var original = units.Select((t, i) => (Teryt: t, Value: 1000.0 / (i + 3) + i * 0.123456789)).ToArray();
        var csv = "teryt;year;indicatorId;value\n" + string.Join("\n",
            original.Select(o => $"{o.Teryt};2019;KUL_01;{o.Value.ToString("R", CultureInfo.InvariantCulture).Replace('.', ',')}")) + "\n";
        (await Import(admin, Encoding.UTF8.GetBytes(csv), "kultura.csv")).StatusCode.Should().Be(HttpStatusCode.OK);

        var export = await admin.GetAsync("/api/exports/metrics/KUL_01.xlsx?year=2019");
        export.StatusCode.Should().Be(HttpStatusCode.OK);
        export.Content.Headers.ContentDisposition!.FileNameStar.Should().Be("wskaznik-KUL_01-2019.xlsx");
        var workbook = await export.Content.ReadAsByteArrayAsync();

        // The independent reader sees numeric cells holding the unrounded values.
        var dane = IndependentXlsxReader.Read(workbook)["Dane"];
        dane[0].Take(4).Should().Equal("teryt", "year", "indicatorId", "value");
        dane.Skip(1).Select(r => ((string)r[0]!, (long)r[1]!, (string)r[2]!, (double)r[3]!))
            .Should().Equal(original.Select(o => (o.Teryt, 2019L, "KUL_01", o.Value)));

        // Values changed meanwhile; importing the exported file puts every one back exactly.
        foreach (var (teryt, _) in original.Take(5))
            (await admin.PutAsJsonAsync($"/api/metrics/{teryt}/2019", new { values = new Dictionary<string, double?> { ["KUL_01"] = 1 } }))
                .StatusCode.Should().Be(HttpStatusCode.OK);
        var reimport = await Import(admin, workbook, "wskaznik-KUL_01-2019.xlsx");
        (await reimport.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("imported").GetInt32().Should().Be(40);
        foreach (var (teryt, value) in original)
        {
            var stored = await admin.GetFromJsonAsync<JsonElement>($"/api/metrics/{teryt}/2019");
            stored.GetProperty("values").GetProperty("KUL_01").GetDouble().Should().Be(value);
        }
    }

    private static Task<HttpResponseMessage> Import(HttpClient client, byte[] content, string fileName) =>
        client.PostAsync("/api/metrics/import", new MultipartFormDataContent { { new ByteArrayContent(content), "file", fileName } });
}

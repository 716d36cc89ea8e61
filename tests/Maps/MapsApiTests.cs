using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Samoocena.Api.Maps;
using Samoocena.Tests.Infrastructure;

namespace Samoocena.Tests.Maps;

public sealed class MapsApiTests(SqliteApi factory) : IClassFixture<SqliteApi>
{
    [Fact]
    public async Task Municipalities_map_is_svg_with_an_etag_and_private_caching()
    {
        using var client = await factory.AdminAsync();
        var response = await client.GetAsync("/api/maps/municipalities.svg?highlight=1465011");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.ToString().Should().Be("image/svg+xml; charset=utf-8");
        response.Headers.CacheControl!.Private.Should().BeTrue();
        response.Headers.CacheControl.MaxAge.Should().Be(TimeSpan.FromMinutes(5));
        response.Headers.CacheControl.MustRevalidate.Should().BeTrue();
        var etag = response.Headers.ETag!;
        etag.IsWeak.Should().BeFalse();
        etag.Tag.Should().MatchRegex("^\"[0-9a-f]{32}\"$");
        var svg = new SvgDocument(await response.Content.ReadAsStringAsync());
        svg.Gminas.Should().HaveCount(2477);
        ((string?)svg.Gmina("1465011").Attribute("stroke")).Should().Be(ChoroplethMap.HighlightStroke);
        svg.Fill("1465011").Should().Be(CategoryScale.Colours["MNPP"]);
        svg.Root.Descendants(SvgDocument.Svg + "text").Should().Contain(t => t.Value == "Wyróżniona gmina: Warszawa (1465011)");

        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/maps/municipalities.svg?highlight=1465011");
        again.Headers.IfNoneMatch.Add(etag);
        var notModified = await client.SendAsync(again);
        notModified.StatusCode.Should().Be(HttpStatusCode.NotModified);
        (await notModified.Content.ReadAsByteArrayAsync()).Should().BeEmpty();
        notModified.Headers.ETag.Should().Be(etag);
    }

    [Fact]
    public async Task Category_filter_colours_only_that_category()
    {
        using var client = await factory.AdminAsync();
        var svg = new SvgDocument(await client.GetStringAsync("/api/maps/municipalities.svg?category=gw"));

        svg.Fill("2602042").Should().Be(CategoryScale.Colours["GW"]);
        svg.Fill("1465011").Should().Be(CategoryScale.OtherCategory);
        svg.Root.Element(SvgDocument.Svg + "title")!.Value.Should().Be("Gminy kategorii GW");
    }

    [Fact]
    public async Task Unknown_highlight_is_404_problem_and_unknown_category_422()
    {
        using var client = await factory.AdminAsync();

        var unknown = await (await client.GetAsync("/api/maps/municipalities.svg?highlight=9999999")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        unknown.GetProperty("detail").GetString().Should().Be("Nie ma gminy o kodzie TERYT 9999999.");
        await (await client.GetAsync("/api/maps/municipalities.svg?highlight=abc")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
        var category = await (await client.GetAsync("/api/maps/municipalities.svg?category=XX")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        category.GetProperty("errors").GetProperty("category").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task OpenApi_lists_the_map_as_svg()
    {
        var openApi = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
        openApi.GetProperty("paths").GetProperty("/api/maps/municipalities.svg").GetProperty("get").GetProperty("responses")
            .GetProperty("200").GetProperty("content").TryGetProperty("image/svg+xml", out _).Should().BeTrue();
    }

    [Fact]
    public async Task Map_needs_a_token()
    {
        var response = await factory.CreateClient().GetAsync("/api/maps/municipalities.svg");
        await response.ShouldBeProblemAsync(HttpStatusCode.Unauthorized);
    }
}

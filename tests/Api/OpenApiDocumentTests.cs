using System.Net;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using NSwag;
using Samoocena.Tests.Infrastructure;

namespace Samoocena.Tests.Api;

/// <summary>
/// The OpenAPI document at /openapi/v1.json is valid OpenAPI (NSwag reads it back), lists every endpoint the API maps
/// (from the endpoint data source) with its path parameters, a success response and the error responses, and says
/// which endpoints need a token; the reference page is served to anyone.
/// </summary>
public sealed class OpenApiDocumentTests(SqliteApi factory) : IClassFixture<SqliteApi>
{
    [Fact]
    public async Task The_document_is_valid_OpenAPI_and_lists_every_endpoint_with_parameters_responses_and_auth()
    {
        var anonymous = factory.CreateClient();
        var json = await anonymous.GetStringAsync("/openapi/v1.json");
        var document = await OpenApiDocument.FromJsonAsync(json);
        document.Info.Title.Should().NotBeNullOrWhiteSpace();
        document.Info.Version.Should().Be("v1");
        document.Components.SecuritySchemes.Should().NotBeEmpty();

        var mapped = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<IHttpMethodMetadata>() is not null)
            .Where(e => !(e.RoutePattern.RawText ?? "").Contains("**", StringComparison.Ordinal))
            .Where(e => (e.RoutePattern.RawText ?? "").TrimStart('/') is var path
                && (path.StartsWith("api/", StringComparison.Ordinal) || path.StartsWith("health", StringComparison.Ordinal))
                // Prometheus text for operators, served by OpenTelemetry's own endpoint: not part of the JSON API.
                && "/" + path != Samoocena.Api.Hosting.Telemetry.Path)
            .SelectMany(e => e.Metadata.GetMetadata<IHttpMethodMetadata>()!.HttpMethods
                .Select(m => (Method: m.ToLowerInvariant(), Path: "/" + (e.RoutePattern.RawText ?? "").TrimStart('/'))))
            .Distinct().ToList();
        mapped.Should().HaveCountGreaterThan(50);

        var failures = new List<string>();
        foreach (var (method, path) in mapped)
        {
            if (!document.Paths.TryGetValue(path, out var item) || !item.TryGetValue(method, out var operation))
            {
                failures.Add($"{method} {path}: missing");
                continue;
            }
            if (string.IsNullOrEmpty(operation.OperationId)) failures.Add($"{method} {path}: no operationId");
            if (operation.Tags.Count == 0) failures.Add($"{method} {path}: no tag");
            if (!operation.Responses.Keys.Any(k => k.StartsWith('2'))) failures.Add($"{method} {path}: no success response");
            if (!operation.Responses.Keys.Any(k => k.StartsWith('4'))) failures.Add($"{method} {path}: no error response");
            var routeParameters = System.Text.RegularExpressions.Regex.Matches(path, @"\{([^}:?]+)").Select(m => m.Groups[1].Value);
            foreach (var name in routeParameters)
                if (!operation.ActualParameters.Any(p => p.Kind == OpenApiParameterKind.Path && p.Name == name && p.IsRequired))
                    failures.Add($"{method} {path}: path parameter {name} not described as required");
            var open = path.StartsWith("/health", StringComparison.Ordinal) || path == "/api/auth/token"
                || (path == "/api/auth/session" && method == "post");
            var secured = (operation.Security ?? document.Security)?.Count > 0;
            if (secured == open) failures.Add($"{method} {path}: security {(secured ? "required" : "missing")}");
            if (path.StartsWith("/api", StringComparison.Ordinal) && !open && !operation.Responses.ContainsKey("401"))
                failures.Add($"{method} {path}: no 401 response");
        }
        failures.Should().BeEmpty();
        document.Paths.Sum(p => p.Value.Count).Should().Be(mapped.Count, "the document lists nothing the API does not map");
        document.Paths.Keys.Should().OnlyContain(p => !p.EndsWith('/'), "paths are written as api.md writes them");
    }

    [Fact]
    public async Task Request_bodies_and_query_parameters_have_schemas()
    {
        var document = await OpenApiDocument.FromJsonAsync(await factory.CreateClient().GetStringAsync("/openapi/v1.json"));
        var save = document.Paths["/api/assessments/{questionnaireId}/{teryt}/responses/me"]["put"];
        save.RequestBody.Content.Should().ContainKey("application/json");
        save.RequestBody.Content["application/json"].Schema.ActualSchema.ActualProperties.Keys.Should().Contain("answers");
        save.Responses["422"].Content.Should().ContainKey("application/problem+json");
        save.Responses["200"].Content["application/json"].Schema.ActualSchema.ActualProperties.Keys
            .Should().Contain(["answered", "total", "status", "missingRequired", "answers", "notes"]);
        document.Paths["/api/municipalities/{teryt}/neighbours"]["get"].ActualParameters
            .Select(p => $"{p.Name} in {p.Kind}").Should().Equal("teryt in Path", "k in Query");
        document.Paths["/api/auth/token"]["post"].Responses["200"].Content["application/json"].Schema.ActualSchema
            .ActualProperties.Keys.Should().Contain(["accessToken", "expiresIn"]);
    }

    [Fact]
    public async Task The_reference_page_is_open_to_anyone()
    {
        var response = await factory.CreateClient().GetAsync("/scalar/v1");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Contain("openapi/v1.json");
    }
}

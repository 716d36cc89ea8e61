using FastEndpoints.Swagger;
using NSwag;
using Scalar.AspNetCore;

namespace Samoocena.Api.Hosting;

/// <summary>
/// The OpenAPI document (FastEndpoints.Swagger, NSwag) at <c>/openapi/v1.json</c>, and the interactive reference page
/// (Scalar) at <c>/scalar</c>; both open to anyone.
/// </summary>
public static class OpenApiSetup
{
    public const string DocumentPath = "/openapi/{documentName}.json";
    public const string ReferencePage = "/scalar";

    public static void AddSamoocenaOpenApi(this IServiceCollection services) =>
        services.SwaggerDocument(o =>
        {
            o.DocumentSettings = s =>
            {
                s.DocumentName = "v1";
                s.Title = "Samoocena API";
                s.SchemaSettings.SchemaNameGenerator = new UseCaseSchemaNames();
                s.Version = "v1";
                s.Description = "Samoocena gmin, wskaźniki i porównania, rankingi, nagrody. Błędy: RFC 9457 (application/problem+json) po polsku. " +
                    "Token: POST /api/auth/token, potem nagłówek Authorization: Bearer <token>.";
            };
            o.EnableJWTBearerAuth = true;
            o.UsePropertyNamingPolicy = true;
            o.SerializerSettings = j => j.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.CamelCase;
            o.ShortSchemaNames = false;
            o.AutoTagPathSegmentIndex = 0;
            o.RemoveEmptyRequestSchema = true;
        });

    /// <summary>NSwag serves the document as middleware, so it goes before authentication: it is open to anyone.</summary>
    public static void UseSamoocenaOpenApiDocument(this WebApplication app) => app.UseOpenApi(o => o.Path = DocumentPath);

    public static void UseSamoocenaReferencePage(this WebApplication app) =>
        app.MapScalarApiReference(ReferencePage, o => o.WithTitle("Samoocena API").WithOpenApiRoutePattern(DocumentPath)).AllowAnonymous();
}

/// <summary>
/// Schema names that stay unique and readable: a use case's <c>Request</c>/<c>Response</c> (and records beside them) are
/// prefixed with the use case (<c>GetMunicipalityResponse</c>); other types keep their own name.
/// </summary>
public sealed class UseCaseSchemaNames : NJsonSchema.Generation.ISchemaNameGenerator
{
    private static readonly NJsonSchema.Generation.DefaultSchemaNameGenerator Default = new();

    public string Generate(Type type)
    {
        var name = Default.Generate(type);
        var ns = type.Namespace ?? "";
        const string features = "Samoocena.Api.Features.";
        if (ns.StartsWith(features, StringComparison.Ordinal) && ns[features.Length..].Split('.') is { Length: 2 } parts)
            name = parts[1] + name;
        for (var outer = type.DeclaringType; outer is not null; outer = outer.DeclaringType)
            name = Default.Generate(outer) + name;
        return name;
    }
}

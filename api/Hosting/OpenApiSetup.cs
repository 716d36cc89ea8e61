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
                s.Version = "v1";
                s.Description = "Samoocena gmin, wskaźniki i porównania, rankingi, nagrody. Błędy: RFC 9457 (application/problem+json) po polsku. " +
                    "Token: POST /api/auth/token, potem nagłówek Authorization: Bearer <token>.";
            };
            o.EnableJWTBearerAuth = true;
            o.ShortSchemaNames = true;
            o.AutoTagPathSegmentIndex = 0;
            o.RemoveEmptyRequestSchema = true;
        });

    public static void UseSamoocenaOpenApi(this WebApplication app)
    {
        app.UseOpenApi(o => o.Path = DocumentPath);
        app.MapScalarApiReference(ReferencePage, o => o.WithTitle("Samoocena API").WithOpenApiRoutePattern(DocumentPath)).AllowAnonymous();
    }
}

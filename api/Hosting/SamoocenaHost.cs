using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Features;
using Samoocena.Silo.Hosting;
using Samoocena.Api.Auth;
using Samoocena.Api.Demo;
using FastEndpoints;
using Samoocena.Api.Problems;
using Samoocena.Api.Security;
using Samoocena.Questionnaires.Registry;

namespace Samoocena.Api.Hosting;

/// <summary>Builds the web host: silo co-hosted with the HTTP API.</summary>
public static class SamoocenaHost
{
    public static void AddSamoocena(this WebApplicationBuilder builder)
    {
        var settings = SamoocenaSettings.From(builder.Configuration);
        var services = builder.Services;
        services.AddSingleton(settings);
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(_ => MunicipalityRegistry.Load());
        services.AddSingleton(sp => new PeerGroups(sp.GetRequiredService<MunicipalityRegistry>(), NearestNeighbours.ForShippedRegistry));

        builder.AddSamoocenaSilo(settings.Storage());

        services.AddSamoocenaJwt();
        services.AddSingleton<CachedJson>();
        services.AddSingleton<GrainReferences>();
        services.AddSamoocenaTelemetry();
        services.AddHostedService<AdminBootstrap>();
        services.AddHostedService<DemoDataLoader>();
        builder.AddSamoocenaSecurity(settings);
        services.AddAuthorization(o => o.AddSamoocenaPolicies());

        services.AddProblemDetails(o => o.CustomizeProblemDetails = ctx =>
        {
            var status = ctx.ProblemDetails.Status ?? ctx.HttpContext.Response.StatusCode;
            if (string.IsNullOrEmpty(ctx.ProblemDetails.Title) || ctx.ProblemDetails.Title.All(c => c < 128))
                ctx.ProblemDetails.Title = ProblemResponses.Title(status);
            ctx.ProblemDetails.Detail ??= DefaultDetail(status);
        });
        services.AddExceptionHandler<ExceptionProblems>();
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.ConfigureHttpJsonOptions(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
            o.SerializerOptions.MaxDepth = 32;
        });
        services.Configure<FormOptions>(o => o.MultipartBodyLengthLimit = settings.MaxUploadBytes);
        builder.WebHost.ConfigureKestrel(k => k.Limits.MaxRequestBodySize = settings.MaxUploadBytes);
        services.AddFastEndpoints(o => o.Assemblies = [typeof(SamoocenaHost).Assembly]);
        services.AddSamoocenaOpenApi();
        // National maps are ~0.9 MB of SVG; gzip/brotli cut them to a fraction for clients that ask.
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.MimeTypes = Microsoft.AspNetCore.ResponseCompression.ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml"]);
        });

        if (string.IsNullOrEmpty(builder.Configuration["urls"]) && string.IsNullOrEmpty(builder.Configuration["ASPNETCORE_URLS"])
            && string.IsNullOrEmpty(builder.Configuration["URLS"]))
            builder.WebHost.UseUrls($"http://127.0.0.1:{SamoocenaSettings.DefaultPort}");
    }

    public static void UseSamoocena(this WebApplication app)
    {
        app.UseResponseCompression();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseSamoocenaSecurity();
        app.UseDefaultFiles();
        app.UseStaticFiles();
        app.UseSamoocenaOpenApiDocument();
        app.UseAuthorization();
        app.UseFastEndpoints(FastEndpointsSetup.Configure);
        app.UseSamoocenaReferencePage();
        app.MapSamoocenaTelemetry();
        app.MapSamoocenaDashboard();
        app.MapFallback("/api/{**path}", (HttpContext context) =>
            ProblemResponses.Result(404, $"Nie ma zasobu {context.Request.Path}. Zobacz /openapi/v1.json."));
    }

    private static string DefaultDetail(int status) => status switch
    {
        401 => "Wymagane uwierzytelnienie: wyślij nagłówek Authorization: Bearer <token> (POST /api/auth/token).",
        403 => "Twoja rola nie pozwala na tę operację.",
        404 => "Nie znaleziono zasobu.",
        405 => "Ta metoda HTTP nie jest obsługiwana pod tym adresem.",
        413 => "Przesłany plik lub treść żądania przekracza dopuszczalny rozmiar.",
        415 => "Nieobsługiwany typ treści (Content-Type) żądania.",
        _ => ProblemResponses.Title(status),
    };
}

using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;

namespace Samoocena.Api.Maps;

/// <summary>
/// Sends a rendered map: <c>image/svg+xml; charset=utf-8</c>, a strong ETag from the SHA-256 of the
/// content, private caching (maps sit behind a token) and 304 when the client already has it.
/// </summary>
public sealed class SvgMapResult : IResult, IEndpointMetadataProvider
{
    public const string ContentType = "image/svg+xml; charset=utf-8";

    /// <summary>Five minutes: the data behind a map changes rarely, and the ETag makes revalidation cheap.</summary>
    public const string CacheControl = "private, max-age=300, must-revalidate";

    private readonly byte[] _content;

    public SvgMapResult(string svg)
    {
        _content = Encoding.UTF8.GetBytes(svg);
        ETag = $"\"{Convert.ToHexStringLower(SHA256.HashData(_content).AsSpan(0, 16))}\"";
    }

    public string ETag { get; }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.Headers.ETag = ETag;
        response.Headers.CacheControl = CacheControl;
        response.Headers.XContentTypeOptions = "nosniff";
        if (Matches(httpContext.Request.Headers.IfNoneMatch))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = ContentType;
        response.ContentLength = _content.Length;
        await response.Body.WriteAsync(_content, httpContext.RequestAborted);
    }

    private bool Matches(Microsoft.Extensions.Primitives.StringValues ifNoneMatch)
    {
        if (ifNoneMatch.Count == 0) return false;
        if (!EntityTagHeaderValue.TryParseList(ifNoneMatch, out var tags)) return false;
        var ours = new EntityTagHeaderValue(ETag);
        return tags.Any(t => t.Equals(EntityTagHeaderValue.Any) || t.Compare(ours, useStrongComparison: false));
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(string), ["image/svg+xml"]));
}

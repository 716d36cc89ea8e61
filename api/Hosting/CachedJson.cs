using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Samoocena.Api.Hosting;

/// <summary>
/// Read-mostly responses serialised once and served as bytes with an ETag (304 when the client has them), kept one
/// of two ways:
/// <list type="bullet">
/// <item>by a key naming the version of everything the body is made of (a ranking edition: ~2,500 rows; a cohort's
/// results): the key must change whenever the data does;</item>
/// <item>beside an immutable object the body is made of (an assessment view, which its grain hands out again as the
/// same instance while unchanged) with the other inputs, compared by value on every read: the body lives as long as
/// the object and is served while the inputs are equal.</item>
/// </list>
/// </summary>
public sealed class CachedJson(IOptions<JsonOptions> json)
{
    private const int Capacity = 64;
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly ConditionalWeakTable<object, Anchored> _anchored = new();

    private sealed record Entry(byte[] Body, string ETag);

    private sealed record Anchored(object Inputs, Entry Entry);

    public IResult Serve(HttpContext context, string key, Func<object> build)
    {
        if (!_entries.TryGetValue(key, out var entry))
        {
            entry = Serialise(build());
            if (_entries.Count >= Capacity) _entries.Clear();
            _entries[key] = entry;
        }
        return Send(context, entry);
    }

    /// <summary>
    /// The body kept beside <paramref name="anchor"/> (by reference) when it was built from inputs equal to
    /// <paramref name="inputs"/> (a record: compared by value), else built now and kept in its place.
    /// </summary>
    public IResult Serve(HttpContext context, object anchor, object inputs, Func<object> build)
    {
        if (!_anchored.TryGetValue(anchor, out var kept) || !kept.Inputs.Equals(inputs))
        {
            kept = new Anchored(inputs, Serialise(build()));
            _anchored.AddOrUpdate(anchor, kept);
        }
        return Send(context, kept.Entry);
    }

    private Entry Serialise(object value)
    {
        var body = JsonBody.Serialise(value, json.Value.SerializerOptions);
        return new Entry(body, "\"" + Convert.ToHexString(SHA256.HashData(body))[..32] + "\"");
    }

    private static IResult Send(HttpContext context, Entry entry)
    {
        context.Response.Headers.ETag = entry.ETag;
        if (context.Request.Headers.IfNoneMatch == entry.ETag) return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        return JsonBody.Bytes(entry.Body);
    }
}

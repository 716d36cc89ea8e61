using System.Net;

namespace Samoocena.LoadTests.Driver;

/// <summary>The driver only ever loads this machine: anything but a loopback http(s) URL is refused.</summary>
public static class LoopbackTarget
{
    public static bool IsLoopback(Uri uri) =>
        uri.IsAbsoluteUri
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && (string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address)));

    /// <summary>Returns the URL when it is loopback, else throws with the reason.</summary>
    public static Uri Ensure(Uri uri) => IsLoopback(uri)
        ? uri
        : throw new ArgumentException(
            $"Odmowa: sterownik obciążenia działa tylko na adresach pętli zwrotnej (127.0.0.0/8, ::1, localhost), a podano '{uri}'.",
            nameof(uri));
}

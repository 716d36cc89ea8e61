using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace Samoocena.LoadTests.Driver;

/// <summary>The outside check of the driver: wrk (Debian package) against the same loopback URL with the same connection count.</summary>
public static partial class WrkRun
{
    public static bool IsInstalled => File.Exists("/usr/bin/wrk");

    /// <summary>Runs wrk with <paramref name="threads"/> threads and returns its Requests/sec and the raw output.</summary>
    public static async Task<(double RequestsPerSecond, string Output)> RunAsync(Uri url, int connections, TimeSpan duration, int threads)
    {
        LoopbackTarget.Ensure(url);
        var start = new ProcessStartInfo("/usr/bin/wrk") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-t", Inv(threads), "-c", Inv(Math.Max(connections, threads)), "-d", $"{Inv((int)duration.TotalSeconds)}s", url.ToString() })
            start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (ParseRequestsPerSecond(output), output.Trim());
    }

    /// <summary>The figure of wrk's "Requests/sec:" line.</summary>
    public static double ParseRequestsPerSecond(string output) =>
        RequestsPerSecondLine().Match(output) is { Success: true } m
            ? double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)
            : throw new FormatException($"Brak wiersza 'Requests/sec:' w wyniku wrk: {output}");

    [GeneratedRegex(@"Requests/sec:\s+([0-9.]+)")]
    private static partial Regex RequestsPerSecondLine();

    private static string Inv(int x) => x.ToString(CultureInfo.InvariantCulture);
}

using System.Globalization;
using Samoocena.Questionnaires.Imports.Bdl;
using Samoocena.Questionnaires.Indicators;
using Samoocena.Questionnaires.Registry;
using Samoocena.Silo.Grains.Metrics;

namespace Samoocena.Api.Features.Metrics;

/// <summary>
/// The use case behind <c>POST /api/metrics/import/bdl</c>, apart from HTTP: reads the BDL files, matches them
/// against the register (<see cref="BdlMatcher"/>), picks the indicator (<see cref="BdlIndicatorChoice"/>), and
/// either previews (dry run: reads the stored values, writes nothing) or stores all-or-nothing through
/// <see cref="MetricImportWriter"/>, naming the source on the indicator-years and in the audit.
/// Whole-upload problems throw <see cref="BdlImportException"/>.
/// </summary>
public sealed class BdlMetricsImport(IGrainFactory grains, MunicipalityRegistry registry, TimeProvider time)
{
    public const int MaxFiles = 100;

    /// <summary>Units per file: BDL pages hold at most 100, all gminas with their parts are under 5,000.</summary>
    public const int MaxUnitsPerFile = 50_000;

    /// <summary>An uploaded file: its name and a way to read it.</summary>
    public sealed record Upload(string Name, Func<Stream> Open);

    /// <summary>The answer; <see cref="Refused"/> when rejected rows stopped a real import (nothing was stored).</summary>
    public sealed record Outcome(BdlImportResponse Response, bool Refused);

    public async Task<Outcome> RunAsync(IReadOnlyList<Upload> uploads, string? indicatorId, bool dryRun, string user)
    {
        if (uploads.Count == 0)
            throw new BdlImportException("files", "Nie przesłano żadnego pliku BDL (pole formularza „files”).");
        if (uploads.Count > MaxFiles)
            throw new BdlImportException("files", $"Przesłano {uploads.Count} plików; naraz można wczytać najwyżej {MaxFiles}.", tooLarge: true);
        var files = new List<BdlFile>(uploads.Count);
        foreach (var upload in uploads)
        {
            using var stream = upload.Open();
            files.Add(BdlReader.Read(stream, upload.Name, MaxUnitsPerFile));
        }
        var match = BdlMatcher.Match(files, registry, MetricKeys.FirstYear, MetricKeys.LastYear);
        var indicator = BdlIndicatorChoice.Resolve(IndicatorCatalog.Load(), match.VariableId, indicatorId);
        var values = match.Values.Select(v => new MetricImportValue(v.Teryt, v.Year, indicator.Id, v.Value)).ToArray();

        if (match.Rejected.Count > 0 && !dryRun)
            return new Outcome(Response(match, indicator, 0, []), Refused: true);
        var changed = dryRun
            ? await PreviewAsync(values)
            : (await MetricImportWriter.StoreAsync(values, grains, user, time.GetUtcNow(), MunicipalityMetricsGrain.ActionImportBdl,
                    Detail(match, files), SourceLabel(match)))
                .Select(c => new BdlImportResponse.Change(c.Teryt, c.Year, c.Old, c.New!.Value)).ToArray();
        return new Outcome(Response(match, indicator, values.Length, changed), Refused: false);
    }

    /// <summary>The source as the benchmark pages and exports show it, e.g. "GUS BDL, zmienna 60270, aktualizacja 2025-06-30T09:00:00".</summary>
    public static string SourceLabel(BdlMatch match) =>
        $"GUS BDL, zmienna {match.VariableId.ToString(CultureInfo.InvariantCulture)}" +
        (match.LastUpdate is { } updated ? $", aktualizacja {updated}" : "");

    private static string Detail(BdlMatch match, IReadOnlyList<BdlFile> files) =>
        $"{SourceLabel(match)}; pliki: {string.Join(", ", files.Select(f => f.Name))}";

    private async Task<BdlImportResponse.Change[]> PreviewAsync(MetricImportValue[] values)
    {
        var changed = new List<BdlImportResponse.Change>();
        foreach (var year in values.GroupBy(v => (v.IndicatorId, v.Year)).OrderBy(g => g.Key.Year))
        {
            var stored = await grains.GetGrain<IIndicatorYearGrain>(MetricKeys.IndicatorYear(year.Key.IndicatorId, year.Key.Year)).GetAsync();
            foreach (var v in year.OrderBy(v => v.Teryt, StringComparer.Ordinal))
            {
                double? old = stored.Values.TryGetValue(v.Teryt, out var o) ? o : null;
                if (old != v.Value) changed.Add(new BdlImportResponse.Change(v.Teryt, v.Year, old, v.Value));
            }
        }
        return changed.ToArray();
    }

    private static BdlImportResponse Response(BdlMatch match, Indicator indicator, int imported, IReadOnlyList<BdlImportResponse.Change> changed) =>
        new(match.VariableId, indicator.Id, match.Years, match.Matched, imported, changed, match.Rejected, match.Flagged, match.Skipped);
}

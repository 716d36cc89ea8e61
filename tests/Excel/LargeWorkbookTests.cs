using Samoocena.Api.Excel;
using Samoocena.Api.Imports;
using Samoocena.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Samoocena.Tests.Excel;

/// <summary>Runs alone (after the parallel tests), so the process's retained memory is this write's alone.</summary>
[Collection(MemoryMeasurement.Name)]
public sealed class LargeWorkbookTests(ITestOutputHelper output)
{
    private const int RowCount = 100_000;

    private static readonly SheetColumn[] Columns =
    [
        new("Id", CellKind.Integer), new("TERYT", CellKind.Text), new("Nazwa", CellKind.Text), new("Wynik", CellKind.Decimal2),
        new("Udział", CellKind.Percent), new("Data", CellKind.Date), new("Flaga", CellKind.Boolean), new("Wartość", CellKind.Decimal4),
        new("Rok", CellKind.Integer), new("Opis", CellKind.Text),
    ];

    private static object?[] Row(int i) =>
    [
        i, (i % 2479).ToString("D7"), $"Gmina {i}", i / 7.0, i % 100 / 100.0, new DateOnly(2025, 1, 1).AddDays(i % 365),
        i % 2 == 0, i * 0.0001, 2025, "Żółć " + i,
    ];

    [Fact]
    public void Hundred_thousand_rows_stream_with_flat_memory_and_read_back()
    {
        var retained = new Dictionary<int, long>();
        IEnumerable<object?[]> Rows()
        {
            for (var i = 1; i <= RowCount; i++)
            {
                // Memory still held (after a full collection) early and late in the write: flat means no growth with rows.
                if (i is 10_000 or 90_000) retained[i] = GC.GetTotalMemory(forceFullCollection: true);
                yield return Row(i);
            }
        }

        var path = Path.Combine(Path.GetTempPath(), "samoocena-large-" + Guid.NewGuid().ToString("N") + ".xlsx");
        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            var before = GC.GetTotalMemory(forceFullCollection: true);
            var allocatedBefore = GC.GetTotalAllocatedBytes();
            using (var file = File.Create(path))
                WorkbookWriter.Write(file, new WorkbookProperties("Duży eksport", new DateTimeOffset(2025, 11, 22, 0, 0, 0, TimeSpan.Zero)),
                    [new TableSheet("Dane", Columns, Rows())]);
            using var process = System.Diagnostics.Process.GetCurrentProcess();
            output.WriteLine($"file {new FileInfo(path).Length / 1024} KiB; retained managed before {before / 1024 / 1024} MiB, " +
                $"at row 10k {retained[10_000] / 1024 / 1024} MiB, at row 90k {retained[90_000] / 1024 / 1024} MiB; " +
                $"allocated {(GC.GetTotalAllocatedBytes() - allocatedBefore) / 1024 / 1024} MiB; peak working set {process.PeakWorkingSet64 / 1024 / 1024} MiB");

            // The SDK's own packaging holds each part uncompressed until close: ~60 MB more at row 90k than at 10k.
            (retained[90_000] - retained[10_000]).Should().BeLessThan(16 * 1024 * 1024);

            output.WriteLine($"written in {clock.ElapsedMilliseconds} ms");
            clock.Restart();
            using (var stream = File.OpenRead(path))
            {
                var rows = TabularFile.Read(stream, ["Id", "Opis"]).Rows;
                rows.Should().HaveCount(RowCount);
                var last = rows[^1];
                (last.SourceRow, last["Id"], last["TERYT"], last["Opis"], last["Flaga"]).Should().Be((100_001, "100000", "0000840", "Żółć 100000", "TRUE"));
            }

            output.WriteLine($"read back by TabularFile in {clock.ElapsedMilliseconds} ms");
            clock.Restart();
            var summary = IndependentXlsxReader.Summarise(path).Single();
            (summary.Name, summary.RowCount, summary.MaxColumn).Should().Be(("Dane", RowCount + 1, 10));
            summary.LastRow.Select(c => c.Value).Should().Equal(
                100_000L, "0000840", "Gmina 100000", 100_000 / 7.0, 0.0, new DateTime(2025, 1, 1).AddDays(100_000 % 365), true, 10.0, 2025L, "Żółć 100000");
            output.WriteLine($"read back by openpyxl (read-only) in {clock.ElapsedMilliseconds} ms");
        }
        finally
        {
            File.Delete(path);
        }
    }
}

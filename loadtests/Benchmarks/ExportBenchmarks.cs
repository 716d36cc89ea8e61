using BenchmarkDotNet.Attributes;
using Samoocena.Api.Excel;
using Samoocena.Questionnaires.Registry;

namespace Samoocena.LoadTests.Benchmarks;

/// <summary>A benchmark export: every gmina (2,479 rows) × 40 columns (name, category and 38 numbers) with its Metodologia sheet, through THE workbook writer.</summary>
public class ExportBenchmarks
{
    public const int NumberColumns = 38;

    private MunicipalityRegistry _registry = null!;
    private SheetColumn[] _columns = null!;
    private double[] _numbers = null!;

    [GlobalSetup]
    public void Setup()
    {
        _registry = MunicipalityRegistry.Load();
        _columns = [new("TERYT", CellKind.Text), new("Gmina", CellKind.Text),
            .. Enumerable.Range(1, NumberColumns).Select(i => new SheetColumn($"Wskaźnik {i}", CellKind.Decimal4))];
        _numbers = Enumerable.Range(0, _registry.All.Count * NumberColumns).Select(i => i * 0.6180339887 % 100).ToArray();
    }

    [Benchmark(Description = "xlsx 2,479 × 40 + Metodologia")]
    public long Export()
    {
        var output = new CountingStream();
        WorkbookWriter.Write(output, new WorkbookProperties("Benchmark", new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero)),
        [
            new TableSheet("Gminy", _columns, Rows()),
            new DocumentSheet("Metodologia", "Metodologia", ["Zestawienie testowe."], [new SheetParameter("Wiersze", _registry.All.Count)]),
        ]);
        return output.Length;
    }

    private IEnumerable<IReadOnlyList<object?>> Rows()
    {
        for (var u = 0; u < _registry.All.Count; u++)
        {
            var row = new object?[2 + NumberColumns];
            row[0] = _registry.All[u].Teryt;
            row[1] = _registry.All[u].Name;
            for (var i = 0; i < NumberColumns; i++) row[2 + i] = _numbers[u * NumberColumns + i];
            yield return row;
        }
    }

    /// <summary>A write-only sink that counts bytes, so the benchmark measures the writer and not a growing buffer.</summary>
    private sealed class CountingStream : Stream
    {
        private long _length;
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => _length;
        public override long Position { get => _length; set => throw new NotSupportedException(); }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => _length += count;
        public override void Write(ReadOnlySpan<byte> buffer) => _length += buffer.Length;
    }
}

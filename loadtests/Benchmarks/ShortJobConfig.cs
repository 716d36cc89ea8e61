using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Samoocena.LoadTests.Benchmarks;

/// <summary>
/// Short runs (BenchmarkDotNet ShortRun: 1 launch, 3 warm-ups, 3 iterations) in-process, so the whole suite
/// fits in a few minutes on two cores without generating and building a project per benchmark; allocations by
/// the memory diagnoser; Markdown and CSV into loadtests/reports/bench.
/// </summary>
public sealed class ShortJobConfig : ManualConfig
{
    public ShortJobConfig()
    {
        AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance).WithId("ShortRun-InProcess"));
        AddDiagnoser(MemoryDiagnoser.Default);
        AddExporter(MarkdownExporter.GitHub, CsvExporter.Default);
        AddLogger(DefaultConfig.Instance.GetLoggers().ToArray());
        AddColumnProvider(DefaultConfig.Instance.GetColumnProviders().ToArray());
        ArtifactsPath = Path.Combine("loadtests", "reports", "bench");
    }
}

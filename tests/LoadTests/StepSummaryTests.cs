using Samoocena.LoadTests.Driver;

namespace Samoocena.Tests.LoadTests;

public sealed class StepSummaryTests
{
    private static readonly LoadProfile Closed = LoadProfile.Closed(4, TimeSpan.FromSeconds(2));

    [Fact]
    public void Percentiles_interpolate_between_order_statistics_like_the_project_quantile()
    {
        // Sorted: 1 2 3 4 10 (n = 5). p50: h = 4·0.5 = 2 → 3. p95: h = 3.8 → 4 + 0.8·(10 − 4) = 8.8.
        // p99: h = 3.96 → 4 + 0.96·6 = 9.76. Max 10, mean 20 / 5 = 4.
        var s = StepSummary.From("health", "GET /health", Closed, 2, [10, 3, 1, 4, 2], new Dictionary<string, long>());

        s.P50.Should().Be(3);
        s.P95.Should().BeApproximately(8.8, 1e-12);
        s.P99.Should().BeApproximately(9.76, 1e-12);
        s.Max.Should().Be(10);
        s.Mean.Should().Be(4);
    }

    [Fact]
    public void Throughput_counts_successful_responses_per_second_and_errors_apart()
    {
        // 5 ok in 2 s → 2.5/s; 3 failures (409 ×2, timeout ×1) → 8 requests.
        var s = StepSummary.From("hot", "PUT", Closed, 2, [1, 1, 1, 1, 1], new Dictionary<string, long> { ["timeout"] = 1, ["409"] = 2 });

        s.Throughput.Should().Be(2.5);
        s.Requests.Should().Be(8);
        s.Ok.Should().Be(5);
        s.ErrorCount.Should().Be(3);
        s.ErrorsText.Should().Be("409×2; timeout×1");
    }

    [Fact]
    public void A_step_without_successes_has_no_latency_figures()
    {
        var s = StepSummary.From("hot", "PUT", Closed, 1, [], new Dictionary<string, long> { ["500"] = 4 });

        s.P50.Should().BeNull();
        s.P99.Should().BeNull();
        s.Max.Should().BeNull();
        s.Throughput.Should().Be(0);
        s.Requests.Should().Be(4);
    }
}

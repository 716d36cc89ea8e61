using Samoocena.LoadTests.Driver;

namespace Samoocena.Tests.LoadTests;

public sealed class LoadProfileTests
{
    [Fact]
    public void Constant_rate_schedules_iterations_at_fixed_intervals()
    {
        // 1000/s for 60 s: iteration i at i / 1000 s, 60,000 iterations.
        var p = LoadProfile.Constant(1000, TimeSpan.FromSeconds(60), 64);

        p.IntendedStart(0).Should().Be(0);
        p.IntendedStart(250).Should().Be(0.25);
        p.ScheduledIterations.Should().Be(60_000);
    }

    [Fact]
    public void Ramp_up_schedule_follows_the_integral_of_a_linear_rate()
    {
        // 0 → 100/s over 10 s: ∫rate = 5·t², so iteration 20 starts at t = √(20/5) = 2 s; 500 iterations in all.
        var p = LoadProfile.Ramp(0, 100, TimeSpan.FromSeconds(10), 8);

        p.IntendedStart(20).Should().BeApproximately(2, 1e-12);
        p.IntendedStart(500).Should().BeApproximately(10, 1e-12);
        p.ScheduledIterations.Should().Be(500);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080/health", true)]
    [InlineData("http://127.45.1.2/", true)]
    [InlineData("http://[::1]:8080/", true)]
    [InlineData("http://localhost:5080/", true)]
    [InlineData("http://10.0.0.5/health", false)]
    [InlineData("https://example.com/", false)]
    [InlineData("ftp://127.0.0.1/", false)]
    public void Only_loopback_http_targets_are_accepted(string url, bool accepted)
    {
        LoopbackTarget.IsLoopback(new Uri(url)).Should().Be(accepted);
        var ensure = () => LoopbackTarget.Ensure(new Uri(url));
        if (accepted) ensure.Should().NotThrow();
        else ensure.Should().Throw<ArgumentException>().WithMessage("*pętli zwrotnej*");
    }
}

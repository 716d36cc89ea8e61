using Samoocena.LoadTests.Driver;

namespace Samoocena.LoadTests.Scenarios;

/// <summary>Scenario 3, the baseline: a bare GET /health (open, no storage), measured by the same driver in the same run.</summary>
public static class HealthScenario
{
    public static Scenario Create() =>
        new("health", ["GET /health"], ctx => ctx.StepAsync("GET /health", c => c.GetAsync("/health")));
}

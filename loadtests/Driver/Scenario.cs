namespace Samoocena.LoadTests.Driver;

/// <summary>
/// A named sequence of HTTP steps that one iteration performs (NBomber's scenario): <see cref="Iteration"/>
/// calls <see cref="ScenarioContext.StepAsync"/> once per step in the order of <see cref="Steps"/>.
/// </summary>
public sealed record Scenario(string Name, IReadOnlyList<string> Steps, Func<ScenarioContext, Task> Iteration);

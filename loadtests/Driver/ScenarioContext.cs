using System.Diagnostics;

namespace Samoocena.LoadTests.Driver;

/// <summary>
/// One iteration of a scenario. The first step's latency counts from the iteration's INTENDED start (the
/// schedule's slot in open loop), so a slow server cannot hide its queueing behind a late send (no coordinated
/// omission); each later step counts from the end of the previous one.
/// </summary>
public sealed class ScenarioContext
{
    private readonly IReadOnlyDictionary<string, StepRecorder> _recorders;
    private long _stepStart;

    internal ScenarioContext(HttpClient client, long iteration, long intendedStart, IReadOnlyDictionary<string, StepRecorder> recorders)
    {
        Client = client;
        Iteration = iteration;
        _stepStart = intendedStart;
        _recorders = recorders;
    }

    public HttpClient Client { get; }

    /// <summary>The iteration's number within the step, 0-based; scenarios use it to pick a virtual user.</summary>
    public long Iteration { get; }

    /// <summary>Sends one request, records its outcome under <paramref name="step"/>; false when it failed (the iteration should stop).</summary>
    public async Task<bool> StepAsync(string step, Func<HttpClient, Task<HttpResponseMessage>> send)
    {
        var recorder = _recorders[step];
        string? failure;
        try
        {
            using var response = await send(Client);
            // Reading the body is part of the request's cost.
            await response.Content.CopyToAsync(Stream.Null);
            failure = response.IsSuccessStatusCode ? null : ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (TaskCanceledException)
        {
            failure = "timeout";
        }
        catch (HttpRequestException e)
        {
            failure = $"exception:{e.HttpRequestError}";
        }
        var end = Stopwatch.GetTimestamp();
        if (failure is null) recorder.Ok(Stopwatch.GetElapsedTime(_stepStart, end).TotalMilliseconds);
        else recorder.Failed(failure);
        _stepStart = end;
        return failure is null;
    }
}

namespace Samoocena.LoadTests.Driver;

/// <summary>How a step issues its iterations.</summary>
public enum LoadKind
{
    /// <summary>Closed loop: a fixed number of workers, each sending its next iteration as soon as the last one ends (maximum throughput).</summary>
    ClosedLoop,

    /// <summary>Open loop at a constant rate: iterations start at fixed intervals whatever the server's speed.</summary>
    ConstantRate,

    /// <summary>Open loop whose rate rises linearly from <see cref="LoadProfile.FromRate"/> to <see cref="LoadProfile.Rate"/>.</summary>
    RampUp,
}

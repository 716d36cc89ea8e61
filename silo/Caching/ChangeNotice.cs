namespace Samoocena.Silo.Caching;

/// <summary>"This key of this kind changed": sent to every node so its <see cref="NodeCache{T}"/> drops the entry.</summary>
[GenerateSerializer, Immutable]
public sealed record ChangeNotice([property: Id(0)] string Kind, [property: Id(1)] string Key)
{
    /// <summary>A user's stamp, lock or forced-password-change flag (key: login).</summary>
    public const string User = "user";

    /// <summary>The rounds of a questionnaire (key: questionnaire id).</summary>
    public const string Rounds = "rounds";

    /// <summary>The results index of a questionnaire round (key: <c>AssessmentKey.ResultsKeyOf</c>).</summary>
    public const string Results = "results";
}

/// <summary>One per node: receives the notices (an Orleans grain observer, a plain object of the node).</summary>
public interface IChangeObserver : IGrainObserver
{
    Task OnChangedAsync(ChangeNotice notice);
}

/// <summary>
/// The cluster's list of node observers (one grain, key 0). Nodes subscribe at start and again every
/// <see cref="ChangeNotices.RefreshInterval"/>; a grain that changed a cached fact publishes before it answers.
/// </summary>
public interface IChangeNoticeGrain : IGrainWithIntegerKey
{
    /// <summary>Registers or refreshes a node's observer; true when this activation did not know it (the node then
    /// clears its caches: it may have missed notices while it was not registered).</summary>
    Task<bool> SubscribeAsync(IChangeObserver observer);

    /// <summary>Delivers the notice to every registered node and waits for each (at most <see cref="ChangeNoticeGrain.DeliveryTimeout"/>).</summary>
    Task PublishAsync(ChangeNotice notice);
}

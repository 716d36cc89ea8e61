using Samoocena.Silo.Grains.Assessments;
using Samoocena.Silo.Grains.Rounds;
using Samoocena.Silo.Grains.Users;

namespace Samoocena.Silo.Caching;

/// <summary>
/// A user's security facts (stamp, lock, forced password change) read by every authenticated request. Without it each
/// request is a call to the user grain, wherever in the cluster it lives. Changes publish a notice (see
/// <see cref="NodeCache{T}"/>): a locked, reset or changed user is refused by the next request on every live node;
/// at worst (a notice lost to a node failure) after <see cref="Lifetime"/>.
/// </summary>
public sealed class UserSecurityCache(IGrainFactory grains, TimeProvider time, ChangeNotices notices)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    private readonly NodeCache<UserSecurity> _cache = new(ChangeNotice.User, Lifetime, time, notices);

    public ValueTask<UserSecurity?> GetAsync(string login) =>
        _cache.GetAsync(login, l => grains.GetGrain<IUserGrain>(l).GetSecurityAsync());
}

/// <summary>
/// The rounds of a questionnaire, read by every assessment request (which round is open) and every assessment change
/// (is the round still open). Invalidated like <see cref="UserSecurityCache"/>; a round's status is computed from the
/// dates on each use (injected <see cref="TimeProvider"/>), so the calendar needs no invalidation.
/// </summary>
public sealed class RoundsCache(IGrainFactory grains, TimeProvider time, ChangeNotices notices)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    private readonly NodeCache<QuestionnaireRounds> _cache = new(ChangeNotice.Rounds, Lifetime, time, notices, capacity: 1_000);

    public async ValueTask<QuestionnaireRounds> GetAsync(string questionnaireId) =>
        (await _cache.GetAsync(questionnaireId, async q => await grains.GetGrain<IQuestionnaireRoundsGrain>(q).GetAsync()))!;
}

/// <summary>
/// The results index of a questionnaire round (every municipality's summary: status, team, closed scores), read by
/// every assessment read (peer statistics, the previous round's result) and every cohort read. The index changes when
/// a summary changes (a member's first answer, a submission, closing, reopening), never on a draft save; each change
/// is published like the rounds' before the assessment's change answers, so the next read on any node sees it.
/// </summary>
public sealed class ResultsIndexCache(IGrainFactory grains, TimeProvider time, ChangeNotices notices)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    private readonly NodeCache<QuestionnaireResults> _cache = new(ChangeNotice.Results, Lifetime, time, notices, capacity: 1_000);

    public async ValueTask<QuestionnaireResults> GetAsync(string resultsKey) =>
        (await _cache.GetAsync(resultsKey, async k => await grains.GetGrain<IQuestionnaireResultsGrain>(k).GetAllAsync()))!;
}

using Samoocena.Questionnaires.Definitions;
using Samoocena.Silo.Grains.Errors;

namespace Samoocena.Silo.Grains.Rounds;

[GrainType("QuestionnaireRoundsGrain")]
public sealed class QuestionnaireRoundsGrain(
    [PersistentState("questionnaireRounds")] IPersistentState<QuestionnaireRoundsState> state,
    TimeProvider time,
    QuestionnaireCatalog? catalog = null) : Grain, IQuestionnaireRoundsGrain
{
    public const int MaxTitleLength = 200;

    private readonly QuestionnaireCatalog _catalog = catalog ?? QuestionnaireCatalog.Load();
    private QuestionnaireRounds? _snapshot;

    private string QuestionnaireId => this.GetPrimaryKeyString();

    Task<QuestionnaireRounds> IQuestionnaireRoundsGrain.GetAsync() => Task.FromResult(Snapshot());

    async Task<RoundSaved> IQuestionnaireRoundsGrain.PutAsync(string roundId, string title, DateOnly opensOn, DateOnly closesOn, string login, bool demo)
    {
        var latest = _catalog.Latest(QuestionnaireId) ?? throw new NotFoundException($"Nie ma kwestionariusza '{QuestionnaireId}'.");
        if (!AssessmentRound.IsValidId(roundId))
            throw new ValidationException("round", "Identyfikator rundy może mieć 1–40 znaków: małe litery, cyfry i łączniki.");
        title = title?.Trim() ?? "";
        if (title.Length == 0 || title.Length > MaxTitleLength)
            throw new ValidationException("title", $"Tytuł rundy jest wymagany i może mieć najwyżej {MaxTitleLength} znaków.");
        if (closesOn < opensOn)
            throw new ValidationException("closesOn", $"Data zamknięcia rundy ({closesOn:yyyy-MM-dd}) jest wcześniejsza niż data otwarcia ({opensOn:yyyy-MM-dd}).");

        var rounds = state.State.Rounds;
        var now = time.GetUtcNow();
        var index = rounds.FindIndex(r => r.Id == roundId);
        if (index >= 0)
        {
            var changed = rounds[index] with { Title = title, OpensOn = opensOn, ClosesOn = closesOn, DefinitionVersion = rounds[index].DefinitionVersion == 0 ? latest.Version : rounds[index].DefinitionVersion };
            if (changed == rounds[index]) return new RoundSaved(changed, false);
            rounds[index] = changed;
            await WriteAsync();
            return new RoundSaved(changed, false);
        }
        // The assessments made before rounds become round 1, pinned to the version that is latest now.
        if (roundId != AssessmentRound.First && rounds.All(r => r.Id != AssessmentRound.First))
            rounds.Insert(0, AssessmentRound.Implicit() with { DefinitionVersion = latest.Version, CreatedAt = now });
        var round = new AssessmentRound(roundId, title, opensOn, closesOn, latest.Version, null, null, now, demo);
        rounds.Add(round);
        await WriteAsync();
        return new RoundSaved(round, true);
    }

    async Task<AssessmentRound> IQuestionnaireRoundsGrain.CloseAsync(string roundId, string login)
    {
        var round = Snapshot().Find(roundId) ?? throw new NotFoundException(Unknown(QuestionnaireId, roundId));
        if (round.ClosedAt is { } at)
            throw new ConflictException($"Runda {roundId} kwestionariusza {QuestionnaireId} została już zamknięta ({at:yyyy-MM-dd HH:mm} UTC, {round.ClosedBy}).");
        var latest = _catalog.Latest(QuestionnaireId)?.Version ?? 0;
        var closed = round with
        {
            ClosedAt = time.GetUtcNow(), ClosedBy = login,
            DefinitionVersion = round.DefinitionVersion == 0 ? latest : round.DefinitionVersion,
        };
        var index = state.State.Rounds.FindIndex(r => r.Id == roundId);
        if (index >= 0) state.State.Rounds[index] = closed;
        else state.State.Rounds.Insert(0, closed); // the implicit round 1, stored now
        await WriteAsync();
        return closed;
    }

    public static string Unknown(string questionnaireId, string roundId) =>
        $"Kwestionariusz {questionnaireId} nie ma rundy '{(roundId.Length > 40 ? roundId[..40] + "…" : roundId)}' (lista: GET /api/questionnaires/{questionnaireId}/rounds).";

    private QuestionnaireRounds Snapshot() => _snapshot ??= QuestionnaireRounds.Of(QuestionnaireId, state.State.Rounds.ToArray());

    private async Task WriteAsync()
    {
        _snapshot = null;
        await state.WriteStateAsync();
        // Every node's cached copy is dropped before the change answers (Caching/RoundsCache).
        await Caching.ChangeNotices.PublishAsync(GrainFactory, new Caching.ChangeNotice(Caching.ChangeNotice.Rounds, QuestionnaireId));
    }
}

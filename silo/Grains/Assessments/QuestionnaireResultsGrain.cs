using System.Collections.Frozen;

namespace Samoocena.Silo.Grains.Assessments;

[GrainType("QuestionnaireResultsGrain")]
public sealed class QuestionnaireResultsGrain(
    [PersistentState("questionnaireResults")] IPersistentState<QuestionnaireResultsState> state) : Grain, IQuestionnaireResultsGrain
{
    private QuestionnaireResults? _snapshot;

    async Task IQuestionnaireResultsGrain.UpdateAsync(string teryt, AssessmentSummary summary)
    {
        if (state.State.Assessments.TryGetValue(teryt, out var known) && known.Matches(summary)) return;
        state.State.Assessments[teryt] = summary;
        _snapshot = null;
        await state.WriteStateAsync();
        // Every node's cached copy is dropped before the change answers (Caching/ResultsIndexCache).
        await Caching.ChangeNotices.PublishAsync(GrainFactory,
            new Caching.ChangeNotice(Caching.ChangeNotice.Results, this.GetPrimaryKeyString()));
    }

    Task<QuestionnaireResults> IQuestionnaireResultsGrain.GetAllAsync() =>
        Task.FromResult(_snapshot ??= new QuestionnaireResults(this.GetPrimaryKeyString(), state.Etag ?? "0",
            new Dictionary<string, AssessmentSummary>(state.State.Assessments, StringComparer.Ordinal)));
}

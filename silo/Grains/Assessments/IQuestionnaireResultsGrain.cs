namespace Samoocena.Silo.Grains.Assessments;

/// <summary>
/// The index of every municipality's assessment on one questionnaire, keyed by questionnaire id. Assessment
/// grains push their summary on every status or team change; this grain never calls them back (no cycles).
/// Peer statistics (closed assessments) and cohort progress views are computed from it at read time.
/// </summary>
public interface IQuestionnaireResultsGrain : IGrainWithStringKey
{
    /// <summary>Records a municipality's summary (no write when it is unchanged).</summary>
    Task UpdateAsync(string teryt, AssessmentSummary summary);

    /// <summary>Every known assessment by TERYT, with the version callers key their caches by.</summary>
    Task<QuestionnaireResults> GetAllAsync();
}

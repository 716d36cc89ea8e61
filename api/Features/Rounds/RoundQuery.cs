using Samoocena.Silo.Caching;
using Samoocena.Silo.Grains.Errors;
using Samoocena.Silo.Grains.Rounds;

namespace Samoocena.Api.Features.Rounds;

/// <summary>
/// The round an assessment, cohort or export request is about: <c>?round=&lt;id&gt;</c>, or by default the latest open
/// round, else the latest (api.md). An unknown or malformed round is 404.
/// </summary>
public static class RoundQuery
{
    public const string Parameter = "round";

    /// <summary>The resolved round, every round of the questionnaire and today's date in Europe/Warsaw.</summary>
    public sealed record Resolved(AssessmentRound Round, QuestionnaireRounds All, DateOnly Today)
    {
        public string Status => Round.StatusOn(Today);
    }

    public static async Task<Resolved> ResolveAsync(HttpContext context, string questionnaireId)
    {
        var services = context.RequestServices;
        // This node's copy, dropped cluster-wide whenever the rounds change (Samoocena.Silo.Caching.RoundsCache).
        var all = await services.GetRequiredService<RoundsCache>().GetAsync(questionnaireId);
        var today = RoundCalendar.Today(services.GetRequiredService<TimeProvider>());
        var asked = context.Request.Query[Parameter].ToString();
        if (string.IsNullOrEmpty(asked)) return new Resolved(all.Default(today), all, today);
        var round = (AssessmentRound.IsValidId(asked) ? all.Find(asked) : null)
            ?? throw new NotFoundException(QuestionnaireRoundsGrain.Unknown(questionnaireId, asked));
        return new Resolved(round, all, today);
    }
}

using System.Globalization;
using System.Net.Http.Json;
using Samoocena.LoadTests.Driver;
using Samoocena.Questionnaires.Definitions;

namespace Samoocena.LoadTests.Scenarios;

/// <summary>
/// Scenario 1, the hot path: a JST user saves one answer (PUT …/responses/me) and reads back the updated
/// assessment with its scores (GET /api/assessments/samoocena/{teryt}). Iteration i acts as user i mod N and
/// answers a scale question chosen by i, with a level chosen by i, so saves really change the state.
/// </summary>
public static class HotPathScenario
{
    public const string QuestionnaireId = "samoocena";
    public const string Save = "PUT responses/me";
    public const string Read = "GET assessment";

    public static Scenario Create(VirtualUsers users)
    {
        var questions = ScaleQuestions();
        return new Scenario("hot path (JST save + read)", [Save, Read], async ctx =>
        {
            var (teryt, token) = users.Jst[(int)(ctx.Iteration % users.Jst.Count)];
            var question = questions[(int)(ctx.Iteration / users.Jst.Count % questions.Count)];
            var level = (int)(ctx.Iteration % 5);
            var saved = await ctx.StepAsync(Save, c =>
            {
                var request = ApiSession.Authorized(HttpMethod.Put, $"/api/assessments/{QuestionnaireId}/{teryt}/responses/me", token);
                request.Content = JsonContent.Create(new { answers = new Dictionary<string, int> { [question] = level } });
                return c.SendAsync(request);
            });
            if (!saved) return;
            await ctx.StepAsync(Read, c => c.SendAsync(ApiSession.Authorized(HttpMethod.Get, $"/api/assessments/{QuestionnaireId}/{teryt}", token)));
        });
    }

    /// <summary>The ids of the questionnaire's scale questions (0–4 levels), the commonest kind.</summary>
    public static IReadOnlyList<string> ScaleQuestions() =>
        (QuestionnaireCatalog.Load().Latest(QuestionnaireId)
            ?? throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"Brak kwestionariusza {QuestionnaireId}.")))
        .Areas.SelectMany(a => a.Themes).SelectMany(t => t.Questions).Where(q => q.Kind == QuestionKind.Scale).Select(q => q.Id).ToArray();
}

using System.Security.Claims;
using Samoocena.Api.Auth;
using Samoocena.Api.Features.Municipalities;
using Samoocena.Api.Features.Questionnaires;
using Samoocena.Api.Features.Rounds;
using Samoocena.Questionnaires.Registry;
using Samoocena.Silo.Grains.Assessments;
using Samoocena.Silo.Grains.Errors;

namespace Samoocena.Api.Features.Assessments;

/// <summary>
/// The checks every assessment endpoint makes, in this order: the questionnaire exists (404), the TERYT is a
/// gmina (404), the caller may act on it (403: JST staff of that gmina; coordinators where allowed), the round of
/// <c>?round=</c> exists (404; default: the latest open round, else the latest — <see cref="RoundQuery"/>).
/// </summary>
public static class AssessmentAccess
{
    /// <summary>The assessment of the requested round, after every check.</summary>
    public static async Task<IAssessmentGrain> OpenAsync(HttpContext context, string questionnaireId, string teryt, bool coordinatorAllowed) =>
        Grain(context, questionnaireId, teryt, await OpenRoundAsync(context, questionnaireId, teryt, coordinatorAllowed));

    /// <summary>The checks and the resolved round, for callers that read other rounds too.</summary>
    public static async Task<RoundQuery.Resolved> OpenRoundAsync(HttpContext context, string questionnaireId, string teryt, bool coordinatorAllowed)
    {
        Check(context, questionnaireId, teryt, coordinatorAllowed);
        return await RoundQuery.ResolveAsync(context, questionnaireId);
    }

    public static IAssessmentGrain Grain(HttpContext context, string questionnaireId, string teryt, RoundQuery.Resolved round) =>
        context.RequestServices.GetRequiredService<Samoocena.Api.Hosting.GrainReferences>()
            .Get<IAssessmentGrain>(new AssessmentKey(questionnaireId, teryt, round.Round.Id).ToString());

    /// <summary>The 404/403 checks without touching any grain.</summary>
    public static void Check(HttpContext context, string questionnaireId, string teryt, bool coordinatorAllowed)
    {
        if (context.Catalog().Latest(questionnaireId) is null)
            throw new NotFoundException(QuestionnaireDefinitions.Unknown(questionnaireId));
        if (!context.RequestServices.GetRequiredService<MunicipalityRegistry>().Contains(teryt))
            throw new NotFoundException(Samoocena.Api.Features.Municipalities.GetMunicipality.Endpoint.UnknownTeryt(teryt));
        context.User.EnsureMunicipalityAccess(teryt, coordinatorAllowed);
    }

    public static string Login(this HttpContext context) => context.User.Login();
}

using System.Security.Claims;
using Samoocena.Api.Auth;
using Samoocena.Api.Features.Municipalities;
using Samoocena.Api.Features.Questionnaires;
using Samoocena.Questionnaires.Registry;
using Samoocena.Silo.Grains.Assessments;
using Samoocena.Silo.Grains.Errors;

namespace Samoocena.Api.Features.Assessments;

/// <summary>
/// The checks every assessment endpoint makes, in this order: the questionnaire exists (404), the TERYT is a
/// gmina (404), the caller may act on it (403: JST staff of that gmina; coordinators where allowed).
/// </summary>
public static class AssessmentAccess
{
    public static IAssessmentGrain Open(HttpContext context, string questionnaireId, string teryt, bool coordinatorAllowed)
    {
        if (context.Catalog().Latest(questionnaireId) is null)
            throw new NotFoundException(QuestionnaireDefinitions.Unknown(questionnaireId));
        if (!context.RequestServices.GetRequiredService<MunicipalityRegistry>().Contains(teryt))
            throw new NotFoundException(GetMunicipality.UnknownTeryt(teryt));
        context.User.EnsureMunicipalityAccess(teryt, coordinatorAllowed);
        return context.RequestServices.GetRequiredService<Samoocena.Api.Hosting.GrainReferences>()
            .Get<IAssessmentGrain>(new AssessmentKey(questionnaireId, teryt).ToString());
    }

    public static string Login(this HttpContext context) => context.User.Login();
}

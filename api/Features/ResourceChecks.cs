using System.Security.Claims;
using Samoocena.Api.Auth;
using Samoocena.Api.Features.Questionnaires;
using Samoocena.Questionnaires.Indicators;
using Samoocena.Questionnaires.Registry;
using Samoocena.Silo.Grains.Errors;

namespace Samoocena.Api.Features;

/// <summary>
/// The checks that answer 404 (unknown resource) and 403 (no access) before a validator answers 422, as the API always
/// has: endpoints call them from <c>OnBeforeValidateAsync</c>, which FastEndpoints runs after binding and before
/// validation. Each throws the domain exception that <c>Problems/ExceptionProblems</c> turns into the problem.
/// </summary>
public static class ResourceChecks
{
    public static void Municipality(MunicipalityRegistry registry, string teryt)
    {
        if (!registry.Contains(teryt)) throw new NotFoundException(Municipalities.GetMunicipality.Endpoint.UnknownTeryt(teryt));
    }

    public static void MunicipalityAccess(MunicipalityRegistry registry, ClaimsPrincipal user, string teryt)
    {
        Municipality(registry, teryt);
        user.EnsureMunicipalityAccess(teryt);
    }

    public static void Indicator(string indicatorId)
    {
        if (IndicatorCatalog.Load().Find(indicatorId) is null)
            throw new NotFoundException(Indicators.GetIndicator.Endpoint.UnknownIndicator(indicatorId));
    }

    public static void Questionnaire(HttpContext context, string id)
    {
        if (context.Catalog().Latest(id) is null) throw new NotFoundException(QuestionnaireDefinitions.Unknown(id));
    }
}

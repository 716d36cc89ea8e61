using FluentValidation;
using Samoocena.Api.Problems;
using Samoocena.Questionnaires.Registry;

namespace Samoocena.Api.Features.Cohorts.PutCohort;

/// <summary>What the client sends to PUT <c>/api/cohorts/{cohortId}</c>.</summary>
public sealed record Request
{
    [RouteParam] public string CohortId { get; init; } = "";
    public string? Name { get; init; }
    public List<string?>? Members { get; init; }

    /// <summary>Shape and ranges checked at the boundary (422, Polish, naming the field); domain rules stay in the grains.</summary>
    public sealed class Validator : Validator<Request>
    {
        private const int MaxListedErrors = 50;

        public Validator()
        {
            RuleFor(r => r.Name).Must(n => !string.IsNullOrWhiteSpace(n) && n.Trim().Length <= 200)
                .WithMessage("Nazwa kohorty jest wymagana (najwyżej 200 znaków).");
            RuleFor(r => r.Members).Custom((members, context) =>
            {
                if (members is null)
                {
                    context.AddFailure("members", "Brak listy members (kody TERYT gmin kohorty).");
                    return;
                }
                var registry = Resolve<MunicipalityRegistry>();
                var seen = new Dictionary<string, int>(StringComparer.Ordinal);
                var listed = 0;
                for (var i = 0; i < members.Count && listed < MaxListedErrors; i++)
                {
                    var teryt = members[i];
                    if (teryt is null || !registry.Contains(teryt))
                        context.AddFailure($"members[{i}]", $"Nieznany kod TERYT gminy '{(teryt is null ? "null" : ProblemResponses.Echo(teryt, 20))}'.");
                    else if (!seen.TryAdd(teryt, i))
                        context.AddFailure($"members[{i}]", $"Gmina {teryt} występuje już na liście jako members[{seen[teryt]}].");
                    else continue;
                    listed++;
                }
            });
        }
    }
}

using Samoocena.Api.Auth;

namespace Samoocena.Api.Features;

/// <summary>Endpoints under <c>/api/assessments</c>: Samoocena: zespół gminy, konsensus, wyniki.</summary>
public sealed class AssessmentsGroup : Group
{
    public AssessmentsGroup() => Configure("api/assessments", ep => { ep.Tags("Assessments"); ep.Description(d => d.WithTags("Assessments").ProducesProblem(400).ProducesProblem(404).ProducesProblem(503)); });
}

/// <summary>Endpoints under <c>/api/auth</c>: Tokeny dostępu.</summary>
public sealed class AuthGroup : Group
{
    public AuthGroup() => Configure("api/auth", ep => { ep.Tags("Auth"); ep.Description(d => d.WithTags("Auth").ProducesProblem(400).ProducesProblem(404).ProducesProblem(503)); });
}

/// <summary>Endpoints under <c>/api/awards</c>: Nagrody i jury.</summary>
public sealed class AwardsGroup : Group
{
    public AwardsGroup() => Configure("api/awards", ep => { ep.Tags("Awards"); ep.Description(d => d.WithTags("Awards").ProducesProblem(400).ProducesProblem(404).ProducesProblem(503)); });
}

/// <summary>Endpoints under <c>/api/benchmarks</c>: Porównania z grupą.</summary>
public sealed class BenchmarksGroup : Group
{
    public BenchmarksGroup() => Configure("api/benchmarks", ep => { ep.Tags("Benchmarks"); ep.Description(d => d.WithTags("Benchmarks").ProducesProblem(400).ProducesProblem(404).ProducesProblem(503)); });
}

/// <summary>Endpoints under <c>/api/budget</c>: Budżety gmin.</summary>
public sealed class BudgetGroup : Group
{
    public BudgetGroup() => Configure("api/budget", ep => { ep.Tags("Budget"); ep.Policies(Policies.Coordinator); ep.Description(d => d.WithTags("Budget").ProducesProblem(400).ProducesProblem(404).ProducesProblem(503)); });
}

/// <summary>Endpoints under <c>/api/cohorts</c>: Kohorty programu.</summary>
public sealed class CohortsGroup : Group
{
    public CohortsGroup() => Configure("api/cohorts", ep => { ep.Tags("Cohorts"); ep.Policies(Policies.Coordinator); ep.Description(d => d.WithTags("Cohorts").ProducesProblem(400).ProducesProblem(404).ProducesProblem(503)); });
}

/// <summary>Endpoints under <c>/api/exports</c>: Skoroszyty Excel.</summary>
public sealed class ExportsGroup : Group
{
    public const string ExcelContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public ExportsGroup() => Configure("api/exports", ep => { ep.Tags("Exports"); ep.Description(d => d.WithTags("Exports").ProducesProblem(400).ProducesProblem(404).ProducesProblem(503)); });
}

/// <summary>Endpoints under <c>/api/indicators</c>: Katalog wskaźników.</summary>
public sealed class IndicatorsGroup : Group
{
    public IndicatorsGroup() => Configure("api/indicators", ep => { ep.Tags("Indicators"); ep.Description(d => d.WithTags("Indicators").ProducesProblem(400).ProducesProblem(404).ProducesProblem(503)); });
}

/// <summary>Endpoints under <c>/api/indices</c>: Indeksy złożone.</summary>
public sealed class IndicesGroup : Group
{
    public IndicesGroup() => Configure("api/indices", ep => { ep.Tags("Indices"); ep.Description(d => d.WithTags("Indices").ProducesProblem(400).ProducesProblem(404).ProducesProblem(503)); });
}

/// <summary>Endpoints under <c>/api/maps</c>: Mapy SVG.</summary>
public sealed class MapsGroup : Group
{
    public MapsGroup() => Configure("api/maps", ep => { ep.Tags("Maps"); ep.Description(d => d.WithTags("Maps").ProducesProblem(400).ProducesProblem(404).ProducesProblem(503)); });
}

/// <summary>Endpoints under <c>/api/metrics</c>: Wartości wskaźników.</summary>
public sealed class MetricsGroup : Group
{
    public MetricsGroup() => Configure("api/metrics", ep => { ep.Tags("Metrics"); ep.Description(d => d.WithTags("Metrics").ProducesProblem(400).ProducesProblem(404).ProducesProblem(503)); });
}

/// <summary>Endpoints under <c>/api/municipalities</c>: Rejestr gmin.</summary>
public sealed class MunicipalitiesGroup : Group
{
    public MunicipalitiesGroup() => Configure("api/municipalities", ep => { ep.Tags("Municipalities"); ep.Description(d => d.WithTags("Municipalities").ProducesProblem(400).ProducesProblem(404).ProducesProblem(503)); });
}

/// <summary>Endpoints under <c>/api/questionnaires</c>: Kwestionariusze.</summary>
public sealed class QuestionnairesGroup : Group
{
    public QuestionnairesGroup() => Configure("api/questionnaires", ep => { ep.Tags("Questionnaires"); ep.Description(d => d.WithTags("Questionnaires").ProducesProblem(400).ProducesProblem(404).ProducesProblem(503)); });
}

/// <summary>Endpoints under <c>/api/rankings</c>: Rankingi.</summary>
public sealed class RankingsGroup : Group
{
    public RankingsGroup() => Configure("api/rankings", ep => { ep.Tags("Rankings"); ep.Description(d => d.WithTags("Rankings").ProducesProblem(400).ProducesProblem(404).ProducesProblem(503)); });
}

/// <summary>Endpoints under <c>/api/users</c>: Użytkownicy.</summary>
public sealed class UsersGroup : Group
{
    public UsersGroup() => Configure("api/users", ep => { ep.Tags("Users"); ep.Policies(Policies.Admin); ep.Description(d => d.WithTags("Users").ProducesProblem(400).ProducesProblem(404).ProducesProblem(503)); });
}

/// <summary>Endpoints under <c>/api/questionnaires/{questionnaireId}/rounds</c>: rundy samooceny.</summary>
public sealed class RoundsGroup : Group
{
    public RoundsGroup() => Configure("api/questionnaires", ep => { ep.Tags("Rounds"); ep.Description(d => d.WithTags("Rounds").ProducesProblem(400).ProducesProblem(404).ProducesProblem(503)); });
}

/// <summary><c>/health</c> and <c>/health/ready</c>: open, for load balancers.</summary>
public sealed class HealthGroup : Group
{
    public HealthGroup() => Configure("health", ep => { ep.AllowAnonymous(); ep.Description(d => d.WithTags("System").ProducesProblem(400).ProducesProblem(404).ProducesProblem(503)); });
}

/// <summary>Endpoints under <c>/api/audit</c>: Dziennik działań administracyjnych (admin).</summary>
public sealed class AuditGroup : Group
{
    public AuditGroup() => Configure("api/audit", ep => { ep.Tags("Audit"); ep.Policies(Policies.Admin); ep.Description(d => d.WithTags("Audit").ProducesProblem(400).ProducesProblem(404).ProducesProblem(503)); });
}

namespace Samoocena.Api.Features.Cohorts.GetCohortAssessments;

/// <summary>What the client sends to GET <c>/api/cohorts/{cohortId}/assessments/{questionnaireId}</c>.</summary>
public sealed record Request
{
    [RouteParam] public string CohortId { get; init; } = "";
    [RouteParam] public string QuestionnaireId { get; init; } = "";

    /// <summary>The assessment round (default: the latest open round, else the latest); an unknown round is 404.</summary>
    [QueryParam, BindFrom("round")] public string? Round { get; init; }

    /// <summary>Shape and ranges checked at the boundary (422, Polish, naming the field); domain rules stay in the grains.</summary>
    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
        }
    }
}

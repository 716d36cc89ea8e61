namespace Samoocena.Api.Features.Assessments.ListResponses;

/// <summary>What the client sends to GET <c>/api/assessments/{questionnaireId}/{teryt}/responses</c>.</summary>
public sealed record Request
{
    [RouteParam] public string QuestionnaireId { get; init; } = "";
    [RouteParam] public string Teryt { get; init; } = "";

    /// <summary>The assessment round (default: the latest open round, else the latest); an unknown round is 404.</summary>
    [QueryParam, BindFrom("round")] public string? Round { get; init; }

    /// <summary>Nothing to check at the boundary.</summary>
    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
        }
    }
}

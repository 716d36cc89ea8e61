namespace Samoocena.Api.Features.Assessments.SubmitMyResponse;

/// <summary>What the client sends to POST <c>/api/assessments/{questionnaireId}/{teryt}/responses/me/submit</c>.</summary>
public sealed record Request
{
    [RouteParam] public string QuestionnaireId { get; init; } = "";
    [RouteParam] public string Teryt { get; init; } = "";

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

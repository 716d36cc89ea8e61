using System.Text.Json;

using FluentValidation;

namespace Samoocena.Api.Features.Assessments.SetConsensus;

/// <summary>What the client sends to PUT <c>/api/assessments/{questionnaireId}/{teryt}/consensus</c>.</summary>
public sealed record Request
{
    [RouteParam] public string QuestionnaireId { get; init; } = "";
    [RouteParam] public string Teryt { get; init; } = "";

    /// <summary>The assessment round (default: the latest open round, else the latest); an unknown round is 404.</summary>
    [QueryParam, BindFrom("round")] public string? Round { get; init; }
    /// <summary><c>{questionId: value}</c>: a level 0–4, true/false, "nd", a number, a text, or null to clear.</summary>
    public JsonElement Answers { get; init; }

    /// <summary>Shape and ranges checked at the boundary (422, Polish, naming the field); domain rules stay in the grains.</summary>
    public sealed class Validator : Validator<Request>
    {
        public Validator() => RuleFor(r => r.Answers).Answers();
    }
}

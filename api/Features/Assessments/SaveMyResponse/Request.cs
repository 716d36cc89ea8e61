using System.Text.Json;

using FluentValidation;

namespace Samoocena.Api.Features.Assessments.SaveMyResponse;

/// <summary>What the client sends to PUT <c>/api/assessments/{questionnaireId}/{teryt}/responses/me</c>.</summary>
public sealed record Request
{
    [RouteParam] public string QuestionnaireId { get; init; } = "";
    [RouteParam] public string Teryt { get; init; } = "";

    /// <summary>The assessment round (default: the latest open round, else the latest); an unknown round is 404.</summary>
    [QueryParam, BindFrom("round")] public string? Round { get; init; }
    /// <summary><c>{questionId: value}</c>: a level 0–4, true/false, "nd", a number, a text, or null to clear.</summary>
    public JsonElement Answers { get; init; }

    /// <summary><c>{questionId: text}</c>, optional: the member's notes (evidence, ≤ 2,000 characters); null clears one.</summary>
    public JsonElement Notes { get; init; }

    /// <summary>Shape and ranges checked at the boundary (422, Polish, naming the field); domain rules stay in the grains.</summary>
    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            // answers may be left out when the request only changes notes.
            RuleFor(r => r.Answers).Answers().When(r => r.Answers.ValueKind != JsonValueKind.Undefined || r.Notes.ValueKind != JsonValueKind.Object);
            RuleFor(r => r.Notes).Notes();
        }
    }
}

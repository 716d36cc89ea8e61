using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Auth;
using Samoocena.Api.Features.Questionnaires;
using Samoocena.Silo.Grains.Errors;
using Samoocena.Silo.Grains.Rounds;

namespace Samoocena.Api.Features.Rounds.CloseRound;

/// <summary>
/// <c>POST /api/questionnaires/{questionnaireId}/rounds/{round}/close</c> (coordinator): closes the round now, before
/// its last day; from then on saving into it is 409. 404 unknown round; 409 when already closed by hand.
/// </summary>
public sealed class Endpoint : Endpoint<Request, Ok<RoundResponse>>
{
    public override void Configure()
    {
        Post("{questionnaireId}/rounds/{round}/close");
        Group<RoundsGroup>();
        Policies(Samoocena.Api.Auth.Policies.Coordinator);
    }

    public override Task<Ok<RoundResponse>> ExecuteAsync(Request request, CancellationToken ct) =>
        Handle(request.QuestionnaireId, request.Round, HttpContext, Resolve<IGrainFactory>(), Resolve<TimeProvider>());

    private static async Task<Ok<RoundResponse>> Handle(string questionnaireId, string round, HttpContext context, IGrainFactory grains, TimeProvider time)
    {
        var catalog = context.Catalog();
        if (catalog.Latest(questionnaireId) is null) throw new NotFoundException(QuestionnaireDefinitions.Unknown(questionnaireId));
        var closed = await grains.GetGrain<IQuestionnaireRoundsGrain>(questionnaireId).CloseAsync(round, context.User.Login());
        return TypedResults.Ok(RoundResponse.From(closed, RoundCalendar.Today(time), catalog, questionnaireId));
    }
}

using FluentValidation;

namespace Samoocena.Api.Features.Rounds.PutRound;

/// <summary>What the client sends to PUT <c>/api/questionnaires/{questionnaireId}/rounds/{round}</c>.</summary>
public sealed record Request
{
    [RouteParam] public string QuestionnaireId { get; init; } = "";
    [RouteParam] public string Round { get; init; } = "";
    public string? Title { get; init; }
    public DateOnly? OpensOn { get; init; }
    public DateOnly? ClosesOn { get; init; }

    /// <summary>Shape and ranges checked at the boundary (422, Polish, naming the field); domain rules stay in the grains.</summary>
    public sealed class Validator : Validator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.OpensOn).NotNull().WithMessage("Podaj datę otwarcia rundy (RRRR-MM-DD).");
            RuleFor(r => r.ClosesOn).NotNull().WithMessage("Podaj datę zamknięcia rundy (RRRR-MM-DD).");
        }
    }
}

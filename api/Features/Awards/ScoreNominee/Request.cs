using System.Text.Json;

using FluentValidation;
using Samoocena.Api.Problems;
using Samoocena.Questionnaires.Awards;

namespace Samoocena.Api.Features.Awards.ScoreNominee;

/// <summary>What the client sends to PUT <c>/api/awards/{awardId}/scores/{nomineeId}</c>.</summary>
public sealed record Request
{
    [RouteParam] public string AwardId { get; init; } = "";
    [RouteParam] public string NomineeId { get; init; } = "";
    /// <summary>The whole body: <c>{criterionId: 0..10 or null}</c>, merged into the juror's sheet (null removes a score).</summary>
    [FastEndpoints.FromBody] public JsonElement Scores { get; init; }

    /// <summary>Shape and ranges checked at the boundary (422, Polish, naming the field); domain rules stay in the grains.</summary>
    public sealed class Validator : Validator<Request>
    {
        public Validator() => RuleFor(r => r.Scores).Custom((body, context) =>
        {
            if (body.ValueKind != JsonValueKind.Object)
            {
                context.AddFailure("scores", "Treść żądania musi być obiektem {kryterium: ocena 0–10}.");
                return;
            }
            var count = 0;
            var failed = false;
            foreach (var p in body.EnumerateObject())
            {
                if (!IsValidText(p))
                {
                    context.AddFailure("scores", "Identyfikator kryterium nie jest poprawnym tekstem Unicode.");
                    failed = true;
                    continue;
                }
                var field = $"scores.{Short(p.Name)}";
                switch (p.Value.ValueKind)
                {
                    case JsonValueKind.Null:
                        count++;
                        break;
                    case JsonValueKind.Number when p.Value.TryGetDouble(out var d) && d == Math.Floor(d) && d is >= AwardResults.MinScore and <= AwardResults.MaxScore:
                        count++;
                        break;
                    case JsonValueKind.Number:
                        context.AddFailure(field, $"Ocena za kryterium '{Short(p.Name)}' musi być liczbą całkowitą od 0 do 10, jest {p.Value.GetRawText()}.");
                        failed = true;
                        break;
                    default:
                        context.AddFailure(field, $"Ocena za kryterium '{Short(p.Name)}' musi być liczbą całkowitą od 0 do 10 (albo null, by ją usunąć).");
                        failed = true;
                        break;
                }
            }
            if (count == 0 && !failed)
                context.AddFailure("scores", "Podaj co najmniej jedną ocenę {kryterium: 0–10}.");
        });

        private static bool IsValidText(JsonProperty p)
        {
            try
            {
                _ = p.Name;
                return true;
            }
            catch (InvalidOperationException)
            {
                return false;
            }
        }

        private static string Short(string s) => ProblemResponses.Echo(s, 64);
    }
}

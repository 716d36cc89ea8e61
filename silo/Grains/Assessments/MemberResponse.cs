using Samoocena.Questionnaires.Scoring;

namespace Samoocena.Silo.Grains.Assessments;

/// <summary>One team member's own answers (stored state). Only submitted responses enter the scores.</summary>
[GenerateSerializer]
public sealed class MemberResponse
{
    [Id(0)] public Dictionary<string, Answer> Answers { get; set; } = new(StringComparer.Ordinal);

    [Id(1)] public bool Submitted { get; set; }

    [Id(2)] public DateTimeOffset? SubmittedAt { get; set; }

    [Id(3)] public DateTimeOffset UpdatedAt { get; set; }
}

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

    /// <summary>
    /// The member's notes (evidence) by question id, at most <see cref="NoteRules.MaxLength"/> characters each. Added after
    /// the first release: a stored response without <c>notes</c> reads as none.
    /// </summary>
    [Id(4)] public Dictionary<string, string> Notes { get; set; } = new(StringComparer.Ordinal);
}

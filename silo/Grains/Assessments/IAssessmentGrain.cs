using System.Text.Json;
using Samoocena.Questionnaires.Scoring;
using Samoocena.Silo.Grains.Audit;

namespace Samoocena.Silo.Grains.Assessments;

/// <summary>
/// One municipality's self-assessment on one questionnaire, keyed <c>&lt;questionnaireId&gt;/&lt;teryt&gt;</c>
/// (<see cref="AssessmentKey"/>). Holds the definition version pinned at the first save, each member's
/// response, the consensus, the status and the audit trail. Callers check who may act; the grain checks
/// what may happen (validation 422, frozen 409). Answers arrive as raw JSON values because they are
/// validated against the PINNED version, which only the grain knows. The answers and notes a caller passes are
/// <see cref="ImmutableAttribute"/>: neither side changes them after the call, so a call on the same node hands them
/// over as they are instead of deep-copying each <see cref="JsonElement"/> (a serialise-and-parse per answer: ~1.5 % of
/// a save's CPU, perf, loadtests/README.md); a call to another node serialises them as before.
/// </summary>
public interface IAssessmentGrain : IGrainWithStringKey
{
    /// <summary>The current result (scores cached until an answer, consensus or status changes).</summary>
    Task<AssessmentView> GetAsync();

    /// <summary>A member's own response (empty when they have not started).</summary>
    Task<MemberProgress> GetResponseAsync(string login);

    /// <summary>
    /// Merges answers into the member's response (null clears one). 422 naming <c>answers.&lt;id&gt;</c> for an
    /// unknown question or a refused value; 409 when closed. Changing a submitted response returns it to draft:
    /// it stops counting until submitted again.
    /// </summary>
    Task<MemberProgress> SaveResponseAsync(string login, [Immutable] IReadOnlyDictionary<string, JsonElement> answers);

    /// <summary>
    /// As <see cref="SaveResponseAsync"/>, and merges notes by question id (null or blank clears one). 422 naming
    /// <c>notes.&lt;id&gt;</c> for an unknown question or a note over <see cref="NoteRules.MaxLength"/> characters; nothing is
    /// stored when any answer or note is refused. A changed note alone does not return a submitted response to draft
    /// (notes do not enter the scores).
    /// </summary>
    Task<MemberProgress> SaveResponseWithNotesAsync(string login, [Immutable] IReadOnlyDictionary<string, JsonElement> answers,
        [Immutable] IReadOnlyDictionary<string, string?> notes);

    /// <summary>Every member who saved something, in login order (the consensus step).</summary>
    Task<IReadOnlyList<MemberAnswers>> GetResponsesAsync();

    /// <summary>Submits the member's response; 422 listing each missing required question; 409 when closed.</summary>
    Task<MemberProgress> SubmitAsync(string login);

    /// <summary>Merges team-agreed values (null clears one); same validation as answers; 409 when closed.</summary>
    Task<AssessmentView> SetConsensusAsync(string login, [Immutable] IReadOnlyDictionary<string, JsonElement> answers);

    /// <summary>Freezes the result; 422 without a submitted response; 409 when already closed.</summary>
    Task<AssessmentView> CloseAsync(string login);

    /// <summary>Unfreezes a closed assessment (the caller checks that a coordinator asks); 409 when not closed.</summary>
    Task<AssessmentView> ReopenAsync(string login);

    /// <summary>Every recorded change, oldest first.</summary>
    Task<IReadOnlyList<AuditEntry>> GetAuditAsync();

    /// <summary>
    /// Loads a closed demo assessment in one write: the members' responses (submitted) and the consensus,
    /// audited as user <c>system</c>. No-op (false) when the assessment already has data.
    /// </summary>
    Task<bool> SeedDemoAsync(IReadOnlyDictionary<string, IReadOnlyDictionary<string, Answer>> members,
        IReadOnlyDictionary<string, Answer> consensus);

    /// <summary>
    /// Loads one member's unfinished demo response (a draft with answers and notes) into an OPEN assessment, audited as
    /// user <c>system</c> and labelled demo. No-op (false) when the assessment already has responses.
    /// </summary>
    Task<bool> SeedDemoDraftAsync(string login, IReadOnlyDictionary<string, Answer> answers, IReadOnlyDictionary<string, string> notes);
}

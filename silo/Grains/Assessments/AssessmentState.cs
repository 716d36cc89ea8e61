using Samoocena.Questionnaires.Scoring;
using Samoocena.Silo.Grains.Audit;

namespace Samoocena.Silo.Grains.Assessments;

/// <summary>Stored state of one municipality's assessment on one questionnaire.</summary>
[GenerateSerializer]
public sealed class AssessmentState
{
    /// <summary>The definition version pinned at the first save; 0 until then.</summary>
    [Id(0)] public int Version { get; set; }

    /// <summary>Responses by member login.</summary>
    [Id(1)] public Dictionary<string, MemberResponse> Responses { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Team-agreed values; they win over the members' median.</summary>
    [Id(2)] public Dictionary<string, Answer> Consensus { get; set; } = new(StringComparer.Ordinal);

    [Id(3)] public string Status { get; set; } = AssessmentStatus.Draft;

    [Id(4)] public DateTimeOffset? ClosedAt { get; set; }

    [Id(5)] public string? ClosedBy { get; set; }

    /// <summary>The newest audit entries; older ones are sealed in pages (<see cref="AuditPages"/>).</summary>
    [Id(6)] public List<AuditEntry> AuditTail { get; set; } = [];

    /// <summary>Number of sealed audit pages (page i is keyed <c>&lt;assessment key&gt;/i</c>).</summary>
    [Id(7)] public int AuditPages { get; set; }

    /// <summary>Synthetic demo data, labelled as such wherever shown.</summary>
    [Id(8)] public bool Demo { get; set; }
}

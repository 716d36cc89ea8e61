using System.Text.Json;
using Samoocena.Silo.Grains.Assessments;
using Samoocena.Silo.Grains.Audit;
using Samoocena.Silo.Storage;

namespace Samoocena.Tests.Upgrade;

/// <summary>The hand-written audit entry converter of stored state writes exactly what System.Text.Json writes itself.</summary>
public sealed class AuditEntryJsonTests
{
    private static readonly DateTimeOffset When = new(2026, 12, 1, 7, 22, 42, TimeSpan.Zero);

    private static readonly AuditEntry[] Samples =
    [
        new(When.AddTicks(2753849), "jst.0201011", "answer.set", "T1.1", "3", "4"),
        new(When, "system", "budget.import.synthetic", null, null, null),
        new(When.ToOffset(TimeSpan.FromHours(1)), "koordynator", "note.set", "T2.3", null, "Zażółć \"gęślą\" <jaźń> & \\ / \u2028 tab\t", "źródło: BDL 1/2024"),
        new(When, "jury", "score", "nominee-7", "", "", ""),
    ];

    public static TheoryData<AuditEntry> Entries() => new(Samples);

    [Theory]
    [MemberData(nameof(Entries))]
    public void An_entry_is_written_byte_for_byte_as_before_and_reads_back(AuditEntry entry)
    {
        var written = JsonSerializer.Serialize(entry, StateJsonSerializer.Json);

        written.Should().Be(JsonSerializer.Serialize(entry, StateJsonSerializer.Plain));
        JsonSerializer.Deserialize<AuditEntry>(written, StateJsonSerializer.Json).Should().Be(entry);
    }

    [Fact]
    public void A_whole_state_with_an_audit_tail_is_written_as_before()
    {
        var state = new AssessmentState { Version = 3, AuditTail = [.. Samples], AuditPages = 2 };
        var serializer = new StateJsonSerializer();

        var written = serializer.Serialize(state).ToString();

        written.Should().Be(JsonSerializer.Serialize(new { schemaVersion = 1, state }, StateJsonSerializer.Plain));
        serializer.Deserialize<AssessmentState>(BinaryData.FromString(written)).AuditTail.Should().Equal(state.AuditTail);
    }
}

using Samoocena.Api.Features.Assessments;
using Samoocena.Questionnaires.Registry;
using Samoocena.Questionnaires.Scoring;
using Samoocena.Questionnaires.Statistics;
using Samoocena.Silo.Grains.Assessments;

namespace Samoocena.Tests.Assessments;

/// <summary>
/// Peer groups of an assessment read are remembered per results-index version: the same read gives the same numbers,
/// the unit joins its group when it gets a score, and a newly closed peer (a new index version) is counted.
/// </summary>
public sealed class PeerComparisonTests
{
    private static readonly MunicipalityRegistry Registry = MunicipalityRegistry.Load();
    private static readonly PeerGroups Groups = new(Registry, NearestNeighbours.ForShippedRegistry);

    [Fact]
    public void Groups_follow_the_own_score_and_the_index_version()
    {
        var questionnaire = "peer-cache-" + Guid.NewGuid().ToString("N");
        var unit = Registry.All[0];
        var peers = Registry.All.Where(m => m.Category == unit.Category && m.Teryt != unit.Teryt).Take(7).ToArray();
        var six = Index(questionnaire, "v1", peers.Take(6).Select((m, i) => (m.Teryt, 1.0 + i)));
        Assert.True(PeerSelector.TryParse("category", out var selector, out _));

        var without = PeerComparison.Compute(View(unit.Teryt, null), selector, six, Registry, Groups, null).Overall;
        Assert.Equal((6, (int?)null, 3.5), (without.N, without.Rank, without.Median!.Value));

        var with = PeerComparison.Compute(View(unit.Teryt, 5.5), selector, six, Registry, Groups, null).Overall;
        Assert.Equal((7, (int?)2, 4.0), (with.N, with.Rank, with.Median!.Value));
        Assert.Equal(with, PeerComparison.Compute(View(unit.Teryt, 5.5), selector, six, Registry, Groups, null).Overall);

        var seven = Index(questionnaire, "v2", peers.Select((m, i) => (m.Teryt, 1.0 + i)));
        var later = PeerComparison.Compute(View(unit.Teryt, 5.5), selector, seven, Registry, Groups, null).Overall;
        Assert.Equal((8, (int?)3, 4.5), (later.N, later.Rank, later.Median!.Value));
    }

    private static QuestionnaireResults Index(string questionnaire, string version, IEnumerable<(string Teryt, double Overall)> closed) =>
        new(questionnaire, version, closed.ToDictionary(c => c.Teryt, c => new AssessmentSummary(
            AssessmentStatus.Closed, 1, 1, 1, c.Overall, new Dictionary<string, double?>(), new Dictionary<string, double?>(),
            DateTimeOffset.UnixEpoch, false)));

    private static AssessmentView View(string teryt, double? overall) =>
        new("q", teryt, 1, true, AssessmentStatus.Draft, 1, 0, new Dictionary<string, Answer>(),
            new AssessmentScore(1, [], [], [], [], overall, null, []), null, null, false);
}

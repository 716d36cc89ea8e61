using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Problems;
using Samoocena.Questionnaires.Registry;

namespace Samoocena.Api.Features.Municipalities.GetMunicipality;

/// <summary>The default peer group: id, size, widened, and <c>label</c> in words ("gminy wiejskie, 5–10 tys. mieszkańców").</summary>
public sealed record PeerGroupInfo(string Id, int Size, bool Widened)
{
    public string Label => Samoocena.Questionnaires.Statistics.PeerLabels.Group(Id, Widened);
}

public sealed record Response(
    string Teryt, string Name, string Category, string Voivodeship, string Powiat, int? Population,
    double AreaKm2, string PopulationClass, string Kind, double? Density, double? UrbanisationPct,
    PeerGroupInfo DefaultPeerGroup)
{
    /// <summary>The default peer group in words (the same as <c>defaultPeerGroup.label</c>).</summary>
    public string PeerGroupLabel => DefaultPeerGroup.Label;

    public string CategoryLabel => Samoocena.Questionnaires.Statistics.PeerLabels.CategoryOfUnit(Category);

    public string PopulationClassLabel => Samoocena.Questionnaires.Statistics.PeerLabels.PopulationClass(PopulationClass);
}

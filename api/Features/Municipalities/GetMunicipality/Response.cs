using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Problems;
using Samoocena.Questionnaires.Registry;

namespace Samoocena.Api.Features.Municipalities.GetMunicipality;

public sealed record PeerGroupInfo(string Id, int Size, bool Widened);

public sealed record Response(
    string Teryt, string Name, string Category, string Voivodeship, string Powiat, int? Population,
    double AreaKm2, string PopulationClass, string Kind, double? Density, double? UrbanisationPct,
    PeerGroupInfo DefaultPeerGroup);

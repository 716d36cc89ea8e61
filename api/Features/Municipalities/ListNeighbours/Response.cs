using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Problems;
using Samoocena.Questionnaires.Registry;

namespace Samoocena.Api.Features.Municipalities.ListNeighbours;

public sealed record Response(string Teryt, string Name, double Distance);

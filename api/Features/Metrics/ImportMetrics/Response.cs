using System.Security.Claims;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Samoocena.Api.Auth;
using Samoocena.Api.Imports;
using Samoocena.Api.Problems;
using Samoocena.Questionnaires.Indicators;
using Samoocena.Questionnaires.Registry;
using Samoocena.Silo.Grains.Metrics;

namespace Samoocena.Api.Features.Metrics.ImportMetrics;

public sealed record Rejected(int Row, string Reason);

public sealed record Response(int Imported, IReadOnlyList<Rejected> Rejected);

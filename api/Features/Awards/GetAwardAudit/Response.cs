using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Auth;
using Samoocena.Api.Problems;
using Samoocena.Silo.Grains.Audit;
using Samoocena.Silo.Grains.Awards;

namespace Samoocena.Api.Features.Awards.GetAwardAudit;

public sealed record Response(string Status, DateTimeOffset? ClosedAt, string? ClosedBy, IReadOnlyList<AuditEntry> Entries,
    IReadOnlyList<JurorSheetResponse>? Sheets);

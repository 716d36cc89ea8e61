using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Silo.Grains.Rankings;

namespace Samoocena.Api.Features.Rankings.ListRankings;

public sealed record EditionStatus(int Edition, int FirstYear, int LastYear, string Status, DateTimeOffset? ComputedAt, DateTimeOffset? PublishedAt);

public sealed record Ranking(string Id, string Title, int Version, IReadOnlyList<string> Categories, IReadOnlyList<EditionStatus> Editions);

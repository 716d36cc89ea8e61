using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Samoocena.Api.Auth;
using Samoocena.Api.Features.Municipalities;
using Samoocena.Api.Problems;
using Samoocena.Questionnaires.Registry;
using Samoocena.Silo.Grains.Budget;

namespace Samoocena.Api.Features.Budget.GetBudgetUnit;

public sealed record Line(string Dzial, string Rozdzial, string Paragraf, decimal Amount);

public sealed record StoredYear(int Year, int SourceLines, bool Synthetic, IReadOnlyList<Line> Lines);

public sealed record Response(string Teryt, string Name, IReadOnlyList<StoredYear> Years);

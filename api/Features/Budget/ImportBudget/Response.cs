using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Samoocena.Api.Auth;
using Samoocena.Api.Imports;
using Samoocena.Api.Problems;
using Samoocena.Questionnaires.Registry;
using Samoocena.Silo.Grains.Budget;

namespace Samoocena.Api.Features.Budget.ImportBudget;

public sealed record Response(int Imported, IReadOnlyList<BudgetImportRows.Rejection> Rejected, int UnitYears, int ReplacedUnitYears);

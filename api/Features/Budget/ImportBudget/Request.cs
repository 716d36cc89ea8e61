namespace Samoocena.Api.Features.Budget.ImportBudget;

/// <summary>
/// What the client sends to POST <c>/api/budget/import</c>: a multipart form with the file in <c>file</c>. The endpoint reads the
/// form itself (streamed, not bound), so the file is checked row by row by the import, not here.
/// </summary>
public sealed record Request
{
    /// <summary>The .csv or .xlsx file.</summary>
    public IFormFile? File { get; init; }

    /// <summary>Nothing to check before the file is read: the import names each bad row.</summary>
    public sealed class Validator : Validator<Request>
    {
    }
}

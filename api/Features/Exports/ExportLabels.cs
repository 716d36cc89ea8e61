namespace Samoocena.Api.Features.Exports;

/// <summary>Polish words for the status values the workbooks show (the JSON keeps the ids).</summary>
public static class ExportLabels
{
    public static string? AssessmentStatus(string? status) => status switch
    {
        null => null,
        "not-started" => "nie rozpoczęta",
        "draft" => "wypełniana (bez odpowiedzi wysłanych)",
        "in-progress" => "w toku (są odpowiedzi wysłane)",
        "closed" => "zamknięta",
        "submitted" => "wysłana",
        _ => status,
    };

    public static string? RoundStatus(string? status) => status switch
    {
        null => null,
        "planned" => "zaplanowana",
        "open" => "otwarta",
        "closed" => "zamknięta",
        _ => status,
    };
}

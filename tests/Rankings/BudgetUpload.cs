using System.Net.Http.Headers;
using System.Text;

namespace Samoocena.Tests.Rankings;

/// <summary>Uploads a budget table to <c>POST /api/budget/import</c> as the multipart field "file".</summary>
internal static class BudgetUpload
{
    public const string Header = "teryt;year;dzial;rozdzial;paragraf;amount";

    public static Task<HttpResponseMessage> ImportAsync(this HttpClient client, params string[] lines)
    {
        var bytes = Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n");
        var content = new MultipartFormDataContent();
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        content.Add(file, "file", "budzet.csv");
        return client.PostAsync("/api/budget/import", content);
    }
}

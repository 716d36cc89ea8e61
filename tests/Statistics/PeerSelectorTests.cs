using Samoocena.Questionnaires.Registry;

namespace Samoocena.Tests.Statistics;

public class PeerSelectorTests
{
    [Theory]
    [InlineData(null, PeerGroupKind.Default, 15, null, "default")]
    [InlineData("", PeerGroupKind.Default, 15, null, "default")]
    [InlineData("default", PeerGroupKind.Default, 15, null, "default")]
    [InlineData("Category", PeerGroupKind.Category, 15, null, "category")]
    [InlineData("voivodeship", PeerGroupKind.Voivodeship, 15, null, "voivodeship")]
    [InlineData("all", PeerGroupKind.All, 15, null, "all")]
    [InlineData("neighbours", PeerGroupKind.Neighbours, 15, null, "neighbours:k15")]
    [InlineData("neighbours:k20", PeerGroupKind.Neighbours, 20, null, "neighbours:k20")]
    [InlineData("cohort:rozwoj-lokalny_2025", PeerGroupKind.Cohort, 15, "rozwoj-lokalny_2025", "cohort:rozwoj-lokalny_2025")]
    public void Known_values_parse(string? text, PeerGroupKind kind, int k, string? cohort, string canonical)
    {
        PeerSelector.TryParse(text, out var selector, out var error).Should().BeTrue();
        error.Should().BeNull();
        selector!.Should().Be(new PeerSelector(kind, k, cohort));
        selector!.ToString().Should().Be(canonical);
    }

    [Theory]
    [InlineData("powiat", "Nieznana grupa porównawcza 'powiat'. Dozwolone wartości: default, category, voivodeship, all, neighbours, neighbours:k<liczba od 1 do 200>, cohort:<id>.")]
    [InlineData("category:GW", "Nieznana grupa porównawcza 'category:GW'. Dozwolone wartości: default, category, voivodeship, all, neighbours, neighbours:k<liczba od 1 do 200>, cohort:<id>.")]
    [InlineData("neighbours:k0", "Nieprawidłowa liczba sąsiadów w 'neighbours:k0': oczekiwano neighbours:k<liczba od 1 do 200>, np. neighbours:k15.")]
    [InlineData("neighbours:15", "Nieprawidłowa liczba sąsiadów w 'neighbours:15': oczekiwano neighbours:k<liczba od 1 do 200>, np. neighbours:k15.")]
    [InlineData("neighbours:k201", "Nieprawidłowa liczba sąsiadów w 'neighbours:k201': oczekiwano neighbours:k<liczba od 1 do 200>, np. neighbours:k15.")]
    [InlineData("cohort:", "Nieprawidłowy identyfikator kohorty w 'cohort:': oczekiwano cohort:<id> (litery, cyfry, '-', '_', '.').")]
    [InlineData("cohort:a b", "Nieprawidłowy identyfikator kohorty w 'cohort:a b': oczekiwano cohort:<id> (litery, cyfry, '-', '_', '.').")]
    public void Unknown_or_malformed_values_are_refused_with_a_message(string text, string message)
    {
        PeerSelector.TryParse(text, out var selector, out var error).Should().BeFalse();
        selector.Should().BeNull();
        error.Should().Be(message);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Samoocena.Tests.Infrastructure;

namespace Samoocena.Tests.Rankings;

public abstract class BudgetImportApiTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : ApiFactory
{
    [Fact]
    public async Task A_file_with_bad_rows_is_refused_whole_with_a_reason_per_row_and_nothing_stored()
    {
        using var coordinator = await factory.UserAsync("coordinator");
        var response = await coordinator.ImportAsync(
            BudgetUpload.Header,
            "1465011;2020;900;90001;6050;1000",      // row 2: good, but must not be stored
            "9999999;2020;900;90001;6050;1000",      // row 3: unknown TERYT
            "1465011;2020;900;60016;6050;1000",      // row 4: rozdział outside its dział
            "1465011;2020;900;90001;605;1000",       // row 5: paragraf not 4 digits
            "1465011;2020;900;90001;6050;abc",       // row 6: non-numeric amount
            "1465011;2015;900;90001;6050;1000",      // row 7: year outside every edition
            "1465011;2020;900;90001;6050;12,345");   // row 8: more than 2 decimals
        var problem = await response.ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("imported").GetInt32().Should().Be(0);
        var rejected = problem.GetProperty("rejected").EnumerateArray()
            .Select(r => (r.GetProperty("row").GetInt32(), r.GetProperty("reason").GetString())).ToList();
        rejected.Should().Equal(
            (3, "Nie ma gminy o kodzie TERYT 9999999."),
            (4, "Rozdział '60016' nie należy do działu '900' (powinien zaczynać się od '900')."),
            (5, "Paragraf musi mieć 4 cyfry: '605'."),
            (6, "Kwota musi być liczbą w złotych z co najwyżej 2 miejscami po przecinku (np. 1234,56): 'abc'."),
            (7, "Rok 2015 nie należy do okna żadnej edycji rankingu (przyjmowane lata 2018–2023)."),
            (8, "Kwota musi być liczbą w złotych z co najwyżej 2 miejscami po przecinku (np. 1234,56): '12,345'."));

        var stored = await coordinator.GetFromJsonAsync<JsonElement>("/api/budget/1465011");
        stored.GetProperty("years").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Reimporting_a_unit_year_replaces_its_lines_and_leaves_other_years()
    {
        using var coordinator = await factory.UserAsync("coordinator");
        (await coordinator.ImportAsync(BudgetUpload.Header,
            "0201022;2021;900;90001;6050;1000,50", "0201022;2021;900;90001;6050;500", "0201022;2021;801;80101;4010;3000",
            "0201022;2022;801;80101;4010;7000")).StatusCode.Should().Be(HttpStatusCode.OK);
        // Comma-separated works too (TabularFile detects the separator); 2021 is replaced, 2022 stays.
        var second = await coordinator.ImportAsync("teryt,year,dzial,rozdzial,paragraf,amount", "0201022,2021,900,90001,6057,\"250,25\"");
        second.StatusCode.Should().Be(HttpStatusCode.OK, await second.Content.ReadAsStringAsync());
        var body = await second.Content.ReadFromJsonAsync<JsonElement>();
        body.GetProperty("imported").GetInt32().Should().Be(1);
        body.GetProperty("replacedUnitYears").GetInt32().Should().Be(1);

        var stored = await coordinator.GetFromJsonAsync<JsonElement>("/api/budget/0201022");
        var years = stored.GetProperty("years").EnumerateArray().ToArray();
        years.Select(y => y.GetProperty("year").GetInt32()).Should().Equal(2021, 2022);
        var lines2021 = years[0].GetProperty("lines").EnumerateArray()
            .Select(l => $"{l.GetProperty("dzial").GetString()}/{l.GetProperty("rozdzial").GetString()}/{l.GetProperty("paragraf").GetString()}={l.GetProperty("amount").GetDecimal()}");
        lines2021.Should().Equal("900/90001/6057=250.25");
        years[0].GetProperty("sourceLines").GetInt32().Should().Be(1);
        years[1].GetProperty("lines")[0].GetProperty("amount").GetDecimal().Should().Be(7000m);
    }

    [Fact]
    public async Task Lines_of_one_classification_in_a_unit_year_are_summed()
    {
        using var coordinator = await factory.UserAsync("coordinator");
        (await coordinator.ImportAsync(BudgetUpload.Header, "0201032;2023;900;90001;6050;1000,50", "0201032;2023;900;90001;6050;500"))
            .StatusCode.Should().Be(HttpStatusCode.OK);
        var year = (await coordinator.GetFromJsonAsync<JsonElement>("/api/budget/0201032")).GetProperty("years")[0];
        year.GetProperty("sourceLines").GetInt32().Should().Be(2);
        year.GetProperty("lines").GetArrayLength().Should().Be(1);
        year.GetProperty("lines")[0].GetProperty("amount").GetDecimal().Should().Be(1500.50m);
    }

    [Fact]
    public async Task Import_needs_a_coordinator_and_a_file_with_the_columns()
    {
        using var jst = await factory.UserAsync("jst", "0201011");
        (await jst.ImportAsync(BudgetUpload.Header, "0201011;2020;900;90001;6050;1")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        using var coordinator = await factory.UserAsync("coordinator");
        var missing = await (await coordinator.ImportAsync("teryt;year;amount", "0201011;2020;1")).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        missing.GetProperty("detail").GetString().Should().StartWith("Brak wymaganych kolumn: dzial, rozdzial, paragraf.");
        await (await coordinator.ImportAsync(BudgetUpload.Header)).ShouldBeProblemAsync(HttpStatusCode.UnprocessableEntity);
        await (await coordinator.GetAsync("/api/budget/0000000")).ShouldBeProblemAsync(HttpStatusCode.NotFound);
    }
}

public sealed class BudgetImportSqliteTests(SqliteApi factory) : BudgetImportApiTests<SqliteApi>(factory);

public sealed class BudgetImportPostgresTests(PostgresApi factory) : BudgetImportApiTests<PostgresApi>(factory);

using Kierunek.Import.Grids;
using Kierunek.Import.Tests.Mapping;
using Kierunek.TestSupport;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kierunek.Web.Tests.Api;

/// <summary>The wizard through the API: a file's tables and the proposal for one, the reading of every cell by that
/// mapping (the doubtful first), the strategy stored with the mapping, which is then listed and given back in its file
/// form; a reporter may not. Its own application: a test stores a strategy.</summary>
public class MappingApiTests(WebFactory web) : IClassFixture<WebFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_proposal_is_previewed_stored_and_given_back_as_its_file()
    {
        var coordinator = await web.ApiClientAsync("koordynator@kierunek.local");
        var sheet = OfficeCopies.Excel(WizardFixtures.ExcelTable, raw => CellText.Parse(raw).Text.Split('\n'));

        var guess = await (await coordinator.PostAsync("/api/v1/mapowania/propozycja", Form(sheet), Ct)).Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("Arkusz „Arkusz1”", guess.GetProperty("tables")[0].GetProperty("name").GetString());
        var mapping = guess.GetProperty("mapping").GetRawText().Replace("\"wskazniki\"", "\"program-api\"");

        var preview = await coordinator.PostAsync("/api/v1/mapowania/podglad", Form(sheet, mapping), Ct);
        Assert.Equal(HttpStatusCode.OK, preview.StatusCode);
        var read = await preview.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal((14, 3), (read.GetProperty("cells").GetInt32(), read.GetProperty("doubtful").GetInt32()));
        Assert.Equal("1.250", read.GetProperty("readings")[0].GetProperty("raw").GetString());
        Assert.True(read.GetProperty("plan").GetProperty("new").GetBoolean());

        var stored = await coordinator.PostAsync("/api/v1/mapowania/import", Form(sheet, mapping), Ct);
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        var saved = await coordinator.GetFromJsonAsync<JsonElement>("/api/v1/mapowania", Ct);
        var name = saved[0].GetProperty("name").GetString()!;
        Assert.Equal("program-api", saved[0].GetProperty("documentKey").GetString());
        var file = await coordinator.GetStringAsync($"/api/v1/mapowania/{Uri.EscapeDataString(name)}", Ct);
        Assert.Contains("\"format\": \"kierunek-mapowanie\"", file);

        var reporter = await web.ApiClientAsync("mopr@kierunek.local");
        Assert.Equal(HttpStatusCode.Forbidden, (await reporter.PostAsync("/api/v1/mapowania/podglad", Form(sheet, mapping), Ct)).StatusCode);
    }

    [Fact]
    public async Task A_mapping_with_a_wrong_role_is_refused_with_the_column_it_is_in()
    {
        var coordinator = await web.ApiClientAsync("koordynator@kierunek.local");
        var mapping = """{ "format": "kierunek-mapowanie", "wersja": 1, "nazwa": "x", "dokument": { "klucz": "k", "tytuł": "T" }, "kolumny": [ { "kolumna": 1, "rola": "tytuł" } ] }""";

        var refused = await coordinator.PostAsync("/api/v1/mapowania/podglad", Form(System.Text.Encoding.UTF8.GetBytes(WizardFixtures.CsvTable), mapping, "pomoc.csv"), Ct);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var problem = await refused.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("invalid-mapping-file", problem.GetProperty("code").GetString());
        Assert.Contains(problem.GetProperty("errors").EnumerateArray(), e => e.GetProperty("column").GetString() == "kolumny[1]");
    }

    private static MultipartFormDataContent Form(byte[] file, string? mapping = null, string name = "wskazniki.xlsx")
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(file), "plik", name } };
        if (mapping is not null) form.Add(new StringContent(mapping), "mapowanieTekst");
        return form;
    }
}

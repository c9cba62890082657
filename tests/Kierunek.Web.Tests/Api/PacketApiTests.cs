using Kierunek.Reports.Monitoring;
using Kierunek.Tests.Support;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;

namespace Kierunek.Web.Tests.Api;

/// <summary>The Excel round trip through the API: MOPR's packet comes back filled and every value is stored; a packet
/// with one wrong cell stores nothing and names the cell; MUP cannot upload MOPR's packet; a coordinator uploads it on
/// MOPR's behalf and the history says so.</summary>
public class PacketApiTests(WebFactory web) : IClassFixture<WebFactory>
{
    private const string Key = WebFactory.LublinKey;
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_filled_packet_is_stored_whole_or_not_at_all()
    {
        var entry = await web.AssignedToMoprAsync(2071);
        var mopr = await web.ApiClientAsync("mopr@kierunek.local");
        var packet = await mopr.GetByteArrayAsync($"/api/v1/monitoring/{Key}/2071/arkusz", Ct);

        var wrong = await UploadAsync(mopr, 2071, FilledPacket.Fill(packet, new Dictionary<string, string> { ["G7"] = "-12" }));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, wrong.StatusCode);
        var error = (await wrong.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("errors")[0];
        Assert.Equal(("G7", PacketErrors.CellCode), (error.GetProperty("cell").GetString(), error.GetProperty("code").GetString()));
        Assert.StartsWith("Arkusz „Wartości”, komórka G7: Liczba jest ujemna", error.GetProperty("message").GetString());
        Assert.Equal(JsonValueKind.Null, (await ValueAsync(mopr, 2071, entry)).GetProperty("value").ValueKind);

        var mup = await web.ApiClientAsync("mup@kierunek.local");
        var foreign = await UploadAsync(mup, 2071, FilledPacket.Fill(packet, new Dictionary<string, string> { ["G7"] = "12" }));
        Assert.Equal(PacketErrors.OtherInstitutionCode, (await foreign.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("code").GetString());

        var stored = await UploadAsync(mopr, 2071, FilledPacket.Fill(packet, new Dictionary<string, string> { ["G7"] = "ok. 3 700", ["H7"] = "szacunek z rejestru" }));
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        var value = await ValueAsync(mopr, 2071, entry);
        Assert.Equal(("ok. 3 700", "szacunek z rejestru", "Submitted"), (value.GetProperty("value").GetString(), value.GetProperty("comment").GetString(), value.GetProperty("state").GetString()));
    }

    [Fact]
    public async Task A_coordinator_uploads_for_an_institution_that_never_logs_in_and_the_history_says_so()
    {
        var entry = await web.AssignedToMoprAsync(2072);
        var coordinator = await web.ApiClientAsync("koordynator@kierunek.local");
        var packet = await coordinator.GetByteArrayAsync($"/api/v1/monitoring/{Key}/2072/arkusz?instytucja=miejski-osrodek-pomocy-rodzinie", Ct);
        var stored = await UploadAsync(coordinator, 2072, FilledPacket.Fill(packet, new Dictionary<string, string> { ["G7"] = "15" }), submit: false);
        Assert.Equal(HttpStatusCode.OK, stored.StatusCode);
        Assert.Equal("Miejski Ośrodek Pomocy Rodzinie", (await stored.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("institution").GetString());

        var browser = await web.SignedInAsync("koordynator@kierunek.local");
        var review = await WebFactory.ParseAsync(await browser.GetAsync($"/monitoring/{Key}/2072", Ct));
        Assert.Contains("Krzysztof Koordynator (zespół ds. strategii), w imieniu: Miejski Ośrodek Pomocy Rodzinie: wpisano „15” (wersja robocza)",
            review.QuerySelector($"#wartosc-{entry} details.history")!.TextContent);
        Assert.Equal("Draft", (await ValueAsync(coordinator, 2072, entry)).GetProperty("state").GetString());
    }

    private async Task<HttpResponseMessage> UploadAsync(HttpClient client, int year, byte[] workbook, bool submit = true)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(workbook);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        form.Add(file, "plik", "arkusz.xlsx");
        return await client.PostAsync($"/api/v1/monitoring/{Key}/{year}/arkusz?przekaz={(submit ? "true" : "false")}", form, Ct);
    }

    private static async Task<JsonElement> ValueAsync(HttpClient client, int year, int entry) =>
        (await client.GetFromJsonAsync<JsonElement>($"/api/v1/monitoring/{Key}/{year}/wartosci", Ct)).EnumerateArray().Single(v => v.GetProperty("id").GetInt32() == entry);
}
